package org.tandem.crm.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.AuditEntry;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.WriteBehind;

/**
 * Writes and reads the change history of contacts, accounts and deals: who changed which
 * field when, with the old and the new value.
 */
@Component
public class AuditTrail {

	private static final String SYSTEM = "Tandem";

	private final JdbcClient jdbc;

	private final WriteBehind rows;

	AuditTrail(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.rows = new WriteBehind(template, "INSERT INTO crm_audit (record_type, record_id, action, field, "
				+ "old_value, new_value, actor_id, actor_name, at) "
				// the actor goes as text: with or without one, rows keep one prepared
				// statement
				+ "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS UUID), ?, ?)");
	}

	public void changed(String recordType, UUID recordId, Map<String, String[]> changes, Instant at) {
		changes.forEach((field, values) -> write(recordType, recordId, "UPDATED", field, values[0], values[1], at));
	}

	public void action(String recordType, UUID recordId, String action, @Nullable String detail, Instant at) {
		write(recordType, recordId, action, null, null, detail, at);
	}

	public List<AuditEntry> history(UUID recordId) {
		this.rows.flush();
		return this.jdbc
			.sql("SELECT action, field, old_value, new_value, actor_name, at FROM crm_audit WHERE record_id = ? "
					+ "ORDER BY at DESC, id DESC")
			.param(recordId)
			.query((rs, row) -> new AuditEntry(rs.getString("action"), rs.getString("field"), rs.getString("old_value"),
					rs.getString("new_value"), rs.getString("actor_name"),
					rs.getObject("at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Moves a merged record's history to the record that absorbed it. */
	public void repoint(UUID from, UUID to) {
		this.rows.flush();
		this.jdbc.sql("UPDATE crm_audit SET record_id = ? WHERE record_id = ?").params(to, from).update();
	}

	/** Drops a record's history on erasure: the old values hold personal data. */
	public void forget(UUID recordId) {
		this.rows.flush();
		this.jdbc.sql("DELETE FROM crm_audit WHERE record_id = ?").param(recordId).update();
	}

	private void write(String recordType, UUID recordId, String action, @Nullable String field,
			@Nullable String oldValue, @Nullable String newValue, Instant at) {
		CurrentUser actor = CurrentUsers.find().orElse(null);
		this.rows.add(recordType, recordId, action, field, oldValue, newValue,
				actor == null ? null : actor.id().value().toString(), actor == null ? SYSTEM : actor.displayName(),
				java.sql.Timestamp.from(at));
	}

}
