package org.tandem.scoring.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.intake.BehaviourType;
import org.tandem.scoring.Attribute;
import org.tandem.scoring.Operator;
import org.tandem.scoring.RuleKind;
import org.tandem.scoring.ScoringRule;

/**
 * The stored scoring model: its rules in order and the MQL threshold.
 */
@Component
public class RuleBook {

	private final JdbcClient jdbc;

	/** The model as last read, with the settings' version it was read at. */
	private final AtomicReference<@Nullable Read> last = new AtomicReference<>();

	RuleBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rules and the threshold a scoring uses. */
	public record Model(List<ScoringRule> rules, int threshold) {
	}

	private record Read(long version, List<ScoringRule> rules) {
	}

	/**
	 * The rules and the threshold, for scoring. Every change of a rule counts as a new
	 * version of the settings, so only that one row is read each time; the rules are read
	 * again once it changed (here or on another instance).
	 */
	public Model model() {
		Map<String, Object> settings = this.jdbc.sql("SELECT mql_threshold, version FROM scoring_settings WHERE id = 1")
			.query()
			.singleRow();
		int threshold = ((Number) settings.get("mql_threshold")).intValue();
		long version = ((Number) settings.get("version")).longValue();
		Read read = this.last.get();
		if (read == null || read.version() != version) {
			read = new Read(version, rules());
			this.last.set(read);
		}
		return new Model(read.rules(), threshold);
	}

	private void changed() {
		this.jdbc.sql("UPDATE scoring_settings SET version = version + 1 WHERE id = 1").update();
	}

	public List<ScoringRule> rules() {
		return this.jdbc.sql("SELECT * FROM scoring_rule ORDER BY position, label").query(RuleBook::map).list();
	}

	public Optional<ScoringRule> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM scoring_rule WHERE id = ?").param(id).query(RuleBook::map).optional();
	}

	public void save(ScoringRule rule) {
		int updated = this.jdbc
			.sql("UPDATE scoring_rule SET kind = ?, label = ?, attribute = ?, operator = ?, match_value = ?, "
					+ "event_type = ?, points = ?, half_life_days = ?, cap = ?, position = ?, active = ?, "
					+ "version = version + 1 WHERE id = ?")
			.params(rule.kind().name(), rule.label(), name(rule.attribute()), name(rule.operator()), rule.value(),
					name(rule.eventType()), rule.points(), rule.halfLifeDays(), rule.cap(), rule.position(),
					rule.active(), rule.id())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO scoring_rule (id, kind, label, attribute, operator, match_value, event_type, points, "
						+ "half_life_days, cap, position, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(rule.id(), rule.kind().name(), rule.label(), name(rule.attribute()), name(rule.operator()),
						rule.value(), name(rule.eventType()), rule.points(), rule.halfLifeDays(), rule.cap(),
						rule.position(), rule.active())
				.update();
		}
		changed();
	}

	public boolean delete(UUID id) {
		boolean deleted = this.jdbc.sql("DELETE FROM scoring_rule WHERE id = ?").param(id).update() > 0;
		changed();
		return deleted;
	}

	public int threshold() {
		return this.jdbc.sql("SELECT mql_threshold FROM scoring_settings WHERE id = 1").query(Integer.class).single();
	}

	public void changeThreshold(int threshold) {
		this.jdbc.sql("UPDATE scoring_settings SET mql_threshold = ?, version = version + 1 WHERE id = 1")
			.param(threshold)
			.update();
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static ScoringRule map(ResultSet rs, int row) throws SQLException {
		String attribute = rs.getString("attribute");
		String operator = rs.getString("operator");
		String event = rs.getString("event_type");
		return new ScoringRule(rs.getObject("id", UUID.class), RuleKind.valueOf(rs.getString("kind")),
				rs.getString("label"), attribute == null ? null : Attribute.valueOf(attribute),
				operator == null ? null : Operator.valueOf(operator), rs.getString("match_value"),
				event == null ? null : BehaviourType.valueOf(event), rs.getInt("points"),
				(Integer) rs.getObject("half_life_days"), (Integer) rs.getObject("cap"), rs.getInt("position"),
				rs.getBoolean("active"));
	}

}
