package org.tandem.goals.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.goals.AlertKind;
import org.tandem.goals.AlertRule;
import org.tandem.goals.AlertRuleId;
import org.tandem.goals.GoalId;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiAlert;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;

/**
 * Alert rules, their owners and the alerts raised, as rows.
 */
@Component
public class AlertStore {

	private final JdbcClient jdbc;

	AlertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(AlertRule rule, Instant at) {
		this.jdbc.sql("INSERT INTO goals_alert_rule (id, name, kind, kpi, team_id, rep_id, channel, campaign, segment, "
				+ "currency, weeks, sigmas, goal_id, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(rule.id().value(), rule.name(), rule.kind().name(), rule.kpi() == null ? null : rule.kpi().name(),
					rule.team() == null ? null : rule.team().value(), rule.rep() == null ? null : rule.rep().value(),
					rule.channel(), rule.campaign(), rule.segment(),
					rule.currency() == null ? null : rule.currency().getCurrencyCode(), rule.weeks(), rule.sigmas(),
					rule.goal() == null ? null : rule.goal().value(), rule.active(), Timestamp.from(at))
			.update();
		for (UserId owner : rule.owners().stream().distinct().toList()) {
			this.jdbc.sql("INSERT INTO goals_alert_rule_owner (rule_id, user_id) VALUES (?, ?)")
				.params(rule.id().value(), owner.value())
				.update();
		}
	}

	public boolean setActive(AlertRuleId id, boolean active) {
		return this.jdbc.sql("UPDATE goals_alert_rule SET active = ? WHERE id = ?")
			.params(active, id.value())
			.update() == 1;
	}

	public List<AlertRule> rules() {
		Map<UUID, List<UserId>> owners = owners("SELECT rule_id AS k, user_id FROM goals_alert_rule_owner");
		return this.jdbc.sql("SELECT * FROM goals_alert_rule ORDER BY name, id")
			.query((rs, row) -> rule(rs, owners.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	public Optional<AlertRule> rule(AlertRuleId id) {
		return rules().stream().filter(rule -> rule.id().equals(id)).findFirst();
	}

	/**
	 * Records an alert unless the rule already raised one for that week; true when this
	 * one is new.
	 */
	public boolean raise(KpiAlert alert) {
		return this.jdbc
			.sql("INSERT INTO goals_alert (id, rule_id, week_start, week_end, raised_at, kpi, observed, mean, "
					+ "deviation, threshold, history) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
					+ "(SELECT 1 FROM goals_alert WHERE rule_id = ? AND week_start = ?)")
			.params(alert.id(), alert.rule().value(), alert.weekStart(), alert.weekEnd(),
					Timestamp.from(alert.raisedAt()), alert.kpi().name(), alert.value(), alert.mean(),
					alert.deviation(), alert.threshold(),
					alert.history().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",")),
					alert.rule().value(), alert.weekStart())
			.update() == 1;
	}

	public boolean acknowledge(UUID alert, String by, Instant at) {
		return this.jdbc
			.sql("UPDATE goals_alert SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? "
					+ "AND acknowledged_at IS NULL")
			.params(Timestamp.from(at), by, alert)
			.update() == 1;
	}

	/** How many alerts of the rules this person owns nobody has settled yet. */
	public long openFor(UserId owner) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM goals_alert a JOIN goals_alert_rule_owner o ON o.rule_id = a.rule_id "
					+ "WHERE o.user_id = ? AND a.acknowledged_at IS NULL")
			.param(owner.value())
			.query(Long.class)
			.single();
	}

	/** The alerts raised since {@code since}, the newest first. */
	public List<KpiAlert> since(Instant since, int limit) {
		Map<UUID, List<UserId>> owners = owners("SELECT rule_id AS k, user_id FROM goals_alert_rule_owner");
		return this.jdbc.sql(
				"SELECT a.*, r.name AS rule_name, r.kind FROM goals_alert a JOIN goals_alert_rule r ON r.id = a.rule_id "
						+ "WHERE a.raised_at >= ? ORDER BY a.raised_at DESC, a.id LIMIT ?")
			.params(Timestamp.from(since), limit)
			.query((rs, row) -> alert(rs, owners.getOrDefault(rs.getObject("rule_id", UUID.class), List.of())))
			.list();
	}

	public Optional<KpiAlert> find(UUID id) {
		Map<UUID, List<UserId>> owners = owners("SELECT rule_id AS k, user_id FROM goals_alert_rule_owner");
		return this.jdbc.sql(
				"SELECT a.*, r.name AS rule_name, r.kind FROM goals_alert a JOIN goals_alert_rule r ON r.id = a.rule_id "
						+ "WHERE a.id = ?")
			.param(id)
			.query((rs, row) -> alert(rs, owners.getOrDefault(rs.getObject("rule_id", UUID.class), List.of())))
			.optional();
	}

	private Map<UUID, List<UserId>> owners(String sql) {
		Map<UUID, List<UserId>> owners = new HashMap<>();
		this.jdbc.sql(sql)
			.query((rs, row) -> owners.computeIfAbsent(rs.getObject("k", UUID.class), key -> new ArrayList<>())
				.add(new UserId(rs.getObject("user_id", UUID.class))))
			.list();
		return owners;
	}

	private static AlertRule rule(ResultSet rs, List<UserId> owners) throws SQLException {
		String kpi = rs.getString("kpi");
		UUID team = rs.getObject("team_id", UUID.class);
		UUID rep = rs.getObject("rep_id", UUID.class);
		UUID goal = rs.getObject("goal_id", UUID.class);
		String currency = rs.getString("currency");
		return new AlertRule(new AlertRuleId(rs.getObject("id", UUID.class)), rs.getString("name"),
				AlertKind.valueOf(rs.getString("kind")), kpi == null ? null : Kpi.valueOf(kpi),
				team == null ? null : new TeamId(team), rep == null ? null : new UserId(rep), rs.getString("channel"),
				rs.getString("campaign"), rs.getString("segment"),
				currency == null ? null : Currency.getInstance(currency), rs.getInt("weeks"),
				rs.getBigDecimal("sigmas"), goal == null ? null : new GoalId(goal), owners, rs.getBoolean("active"));
	}

	private static KpiAlert alert(ResultSet rs, List<UserId> owners) throws SQLException {
		String history = rs.getString("history");
		return new KpiAlert(rs.getObject("id", UUID.class), new AlertRuleId(rs.getObject("rule_id", UUID.class)),
				rs.getString("rule_name"), AlertKind.valueOf(rs.getString("kind")), Kpi.valueOf(rs.getString("kpi")),
				rs.getObject("week_start", LocalDate.class), rs.getObject("week_end", LocalDate.class),
				JourneyStore.instant(rs, "raised_at"), rs.getBigDecimal("observed"), rs.getBigDecimal("mean"),
				rs.getBigDecimal("deviation"), rs.getBigDecimal("threshold"),
				history.isBlank() ? List.of() : Arrays.stream(history.split(",")).map(BigDecimal::new).toList(), owners,
				JourneyStore.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"));
	}

}
