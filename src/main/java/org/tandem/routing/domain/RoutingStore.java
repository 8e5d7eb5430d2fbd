package org.tandem.routing.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;
import org.tandem.platform.Kept;
import org.tandem.routing.Assignment;
import org.tandem.platform.Phrase;
import org.tandem.routing.LeadAttribute;
import org.tandem.routing.RoutingRule;
import org.tandem.platform.WriteBehind;

/**
 * The assignment rules and the record of every assignment.
 */
@Component
public class RoutingStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final WriteBehind assignments;

	private final Kept<List<RoutingRule>> rules;

	RoutingStore(JdbcClient jdbc, JdbcTemplate template, @Value("${tandem.settings.refresh:2s}") Duration kept) {
		this.jdbc = jdbc;
		this.rules = new Kept<>(kept, () -> List
			.copyOf(jdbc.sql("SELECT * FROM routing_rule ORDER BY position, name").query(RoutingStore::rule).list()));
		this.assignments = new WriteBehind(template, "INSERT INTO routing_assignment (id, contact_id, rep_id, "
				+ "previous_rep_id, rule_name, reason, reason_why, candidates, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
	}

	/** The rules in order, as read in the last few seconds ({@link Kept}). */
	public List<RoutingRule> rules() {
		return this.rules.get();
	}

	public void save(RoutingRule rule) {
		this.rules.forget();
		int updated = this.jdbc
			.sql("UPDATE routing_rule SET name = ?, position = ?, attribute = ?, match_values = ?, team_id = ?, "
					+ "match_specialisation = ?, active = ?, version = version + 1 WHERE id = ?")
			.params(rule.name(), rule.position(), rule.attribute().name(), rule.values(),
					rule.team() == null ? null : rule.team().value(), rule.matchSpecialisation(), rule.active(),
					rule.id())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO routing_rule (id, name, position, attribute, match_values, team_id, "
						+ "match_specialisation, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(rule.id(), rule.name(), rule.position(), rule.attribute().name(), rule.values(),
						rule.team() == null ? null : rule.team().value(), rule.matchSpecialisation(), rule.active())
				.update();
		}
	}

	public boolean delete(UUID id) {
		this.rules.forget();
		return this.jdbc.sql("DELETE FROM routing_rule WHERE id = ?").param(id).update() > 0;
	}

	public void record(Assignment assignment, @Nullable UserId previous) {
		this.assignments.add(UUID.randomUUID(), assignment.contact().value(),
				assignment.rep() == null ? null : assignment.rep().value(), previous == null ? null : previous.value(),
				assignment.rule(), assignment.reason(), Phrase.toJson(assignment.why()),
				JSON.writeValueAsString(assignment.candidates()), Timestamp.from(assignment.at()));
	}

	public List<Assignment> history(ContactId contact) {
		this.assignments.flush();
		return this.jdbc.sql("SELECT * FROM routing_assignment WHERE contact_id = ? ORDER BY at DESC")
			.param(contact.value())
			.query((rs, row) -> {
				UUID rep = rs.getObject("rep_id", UUID.class);
				return new Assignment(contact, rep == null ? null : new UserId(rep), null, rs.getString("rule_name"),
						rs.getString("reason"),
						JSON.readValue(rs.getString("candidates"), new TypeReference<List<Assignment.Candidate>>() {
						}), rs.getObject("at", OffsetDateTime.class).toInstant(),
						Phrase.fromJson(rs.getString("reason_why")));
			})
			.list();
	}

	/** When each of these reps last got a lead, for round robin. */
	public Map<UserId, Instant> lastAssigned(Collection<UserId> reps) {
		this.assignments.flush();
		Map<UserId, Instant> last = new HashMap<>();
		for (UserId rep : reps) {
			this.jdbc.sql("SELECT MAX(at) FROM routing_assignment WHERE rep_id = ?")
				.param(rep.value())
				.query(OffsetDateTime.class)
				.optional()
				.ifPresent(at -> last.put(rep, at.toInstant()));
		}
		return last;
	}

	/** Leads waiting in the fallback queue: their latest assignment found no rep. */
	public List<ContactId> queue() {
		this.assignments.flush();
		return this.jdbc
			.sql("SELECT a.contact_id FROM routing_assignment a WHERE a.rep_id IS NULL AND a.at = "
					+ "(SELECT MAX(b.at) FROM routing_assignment b WHERE b.contact_id = a.contact_id) ORDER BY a.at")
			.query(UUID.class)
			.list()
			.stream()
			.map(ContactId::new)
			.toList();
	}

	public void forget(ContactId contact) {
		this.assignments.flush();
		this.jdbc.sql("DELETE FROM routing_assignment WHERE contact_id = ?").param(contact.value()).update();
	}

	private static RoutingRule rule(ResultSet rs, int row) throws SQLException {
		UUID team = rs.getObject("team_id", UUID.class);
		return new RoutingRule(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("position"),
				LeadAttribute.valueOf(rs.getString("attribute")), rs.getString("match_values"),
				team == null ? null : new TeamId(team), rs.getBoolean("match_specialisation"), rs.getBoolean("active"));
	}

}
