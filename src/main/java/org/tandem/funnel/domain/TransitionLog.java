package org.tandem.funnel.domain;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.funnel.ActorKind;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.Transition;
import org.tandem.identity.UserId;
import org.tandem.platform.WriteBehind;

/**
 * The stored history of funnel moves; analytics reads conversion and velocity from it.
 */
@Component
public class TransitionLog {

	private final JdbcClient jdbc;

	private final WriteBehind rows;

	TransitionLog(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.rows = new WriteBehind(template, "INSERT INTO funnel_transition (id, contact_id, from_stage, to_stage, "
				+ "at, actor_kind, actor_id, actor_name, reason_code, note) "
				// the actor goes as text: with or without one, rows keep one prepared
				// statement
				+ "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS UUID), ?, ?, ?)");
	}

	public void append(Transition transition) {
		this.rows.add(UUID.randomUUID(), transition.contact().value(),
				transition.from() == null ? null : transition.from().name(), transition.to().name(),
				Timestamp.from(transition.at()), transition.actorKind().name(),
				transition.actor() == null ? null : transition.actor().value().toString(), transition.actorName(),
				transition.reasonCode(), transition.note());
	}

	/** A lead's moves, oldest first, with reason labels from the given lookup. */
	public List<Transition> history(ContactId contact, Map<String, String> reasonLabels) {
		this.rows.flush();
		return this.jdbc.sql("SELECT * FROM funnel_transition WHERE contact_id = ? ORDER BY at, seq")
			.param(contact.value())
			.query((rs, row) -> {
				String from = rs.getString("from_stage");
				UUID actor = rs.getObject("actor_id", UUID.class);
				String reason = rs.getString("reason_code");
				return new Transition(contact, from == null ? null : LifecycleStage.valueOf(from),
						LifecycleStage.valueOf(rs.getString("to_stage")),
						rs.getObject("at", OffsetDateTime.class).toInstant(),
						ActorKind.valueOf(rs.getString("actor_kind")), actor == null ? null : new UserId(actor),
						rs.getString("actor_name"), reason, reason == null ? null : reasonLabels.get(reason),
						rs.getString("note"));
			})
			.list();
	}

	public void repoint(ContactId from, ContactId to) {
		this.rows.flush();
		this.jdbc.sql("UPDATE funnel_transition SET contact_id = ? WHERE contact_id = ?")
			.params(to.value(), from.value())
			.update();
	}

	/** Keeps the moves (they carry no personal data) but drops free-text notes. */
	public void forgetNotes(ContactId contact) {
		this.rows.flush();
		this.jdbc.sql("UPDATE funnel_transition SET note = NULL WHERE contact_id = ?").param(contact.value()).update();
	}

}
