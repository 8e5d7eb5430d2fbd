package org.tandem.notifications.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.intake.BehaviourType;
import org.tandem.notifications.Sequence;
import org.tandem.platform.InLists;

/**
 * Email sequences, the leads enrolled in them, what was sent, and unsubscribe links, as
 * rows.
 */
@Component
public class SequenceStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SequenceStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void insert(UUID id, String name, BehaviourType trigger, List<Sequence.Step> steps, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO notifications_sequence (id, name, trigger_type, created_by_name, created_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(id, name, trigger.name(), by, Timestamp.from(at))
			.update();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Sequence.Step step = steps.get(i);
			rows.add(new Object[] { id, i, step.delayDays(), step.subject(), step.body() });
		}
		this.template.batchUpdate("INSERT INTO notifications_sequence_step (sequence_id, position, delay_days, "
				+ "subject, body) VALUES (?, ?, ?, ?, ?)", rows);
	}

	public void setActive(UUID id, boolean active) {
		this.jdbc.sql("UPDATE notifications_sequence SET active = ? WHERE id = ?").params(active, id).update();
	}

	/** Every sequence with its steps and how far its leads got. */
	public List<Sequence> all() {
		return read("SELECT s.*, (SELECT COUNT(*) FROM notifications_enrolment e WHERE e.sequence_id = s.id) AS "
				+ "enrolled, (SELECT COUNT(*) FROM notifications_sequence_send x JOIN notifications_enrolment e ON "
				+ "e.id = x.enrolment_id WHERE e.sequence_id = s.id) AS sent, (SELECT COUNT(*) FROM "
				+ "notifications_enrolment e WHERE e.sequence_id = s.id AND e.status = 'STOPPED') AS stopped "
				+ "FROM notifications_sequence s ORDER BY s.active DESC, s.name");
	}

	/**
	 * Every sequence with its steps, without counting its leads: what enrolling and
	 * sending need.
	 */
	public List<Sequence> definitions() {
		return read("SELECT s.*, 0 AS enrolled, 0 AS sent, 0 AS stopped FROM notifications_sequence s "
				+ "ORDER BY s.active DESC, s.name");
	}

	private List<Sequence> read(String sql) {
		Map<UUID, Sequence> found = new LinkedHashMap<>();
		this.jdbc.sql(sql)
			.query((rs, row) -> found.put(rs.getObject("id", UUID.class),
					new Sequence(rs.getObject("id", UUID.class), rs.getString("name"),
							BehaviourType.valueOf(rs.getString("trigger_type")), rs.getBoolean("active"),
							new ArrayList<>(), rs.getLong("enrolled"), rs.getLong("sent"), rs.getLong("stopped"))))
			.list();
		if (!found.isEmpty()) {
			InLists.select(this.jdbc,
					"SELECT * FROM notifications_sequence_step WHERE sequence_id IN (:values) "
							+ "ORDER BY sequence_id, position",
					found.keySet(),
					(rs, row) -> found.get(rs.getObject("sequence_id", UUID.class))
						.steps()
						.add(new Sequence.Step(rs.getInt("delay_days"), rs.getString("subject"),
								rs.getString("body"))));
		}
		return found.values()
			.stream()
			.map(one -> new Sequence(one.id(), one.name(), one.trigger(), one.active(), List.copyOf(one.steps()),
					one.enrolled(), one.sent(), one.stopped()))
			.toList();
	}

	public Optional<Sequence> find(UUID id) {
		return all().stream().filter(one -> one.id().equals(id)).findFirst();
	}

	/** Enrols a lead, once per sequence, with its first step due at {@code due}. */
	public void enrol(UUID sequence, ContactId contact, Instant at, Instant due) {
		this.jdbc
			.sql("INSERT INTO notifications_enrolment (id, sequence_id, contact_id, enrolled_at, next_step, "
					+ "next_due_at, status) VALUES (?, ?, ?, ?, 0, ?, 'ACTIVE') ON CONFLICT DO NOTHING")
			.params(UUID.randomUUID(), sequence, contact.value(), Timestamp.from(at), Timestamp.from(due))
			.update();
	}

	/** An enrolment whose next step is due, as claimed. */
	public record Due(UUID id, UUID sequence, ContactId contact, int step, int failures) {
	}

	/**
	 * Claims due enrolments of active sequences; one another instance holds is left to
	 * it.
	 */
	public List<Due> claim(Instant now, Instant until, int limit) {
		List<Due> due = this.jdbc
			.sql("SELECT e.* FROM notifications_enrolment e JOIN notifications_sequence s ON s.id = e.sequence_id "
					+ "WHERE e.status = 'ACTIVE' AND s.active = TRUE AND e.next_due_at <= ? AND (e.claimed_until "
					+ "IS NULL OR e.claimed_until < ?) ORDER BY e.next_due_at LIMIT ?")
			.params(Timestamp.from(now), Timestamp.from(now), limit)
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getObject("sequence_id", UUID.class),
					new ContactId(rs.getObject("contact_id", UUID.class)), rs.getInt("next_step"),
					rs.getInt("failures")))
			.list();
		return won(due, "UPDATE notifications_enrolment SET claimed_until = ? WHERE id = ? AND (claimed_until IS NULL "
				+ "OR claimed_until < ?)", Due::id, now, until);
	}

	/** A step went out: the next one is due at {@code next}, or the sequence is done. */
	public void sent(UUID enrolment, int step, Instant at, @Nullable Instant next) {
		this.jdbc.sql("INSERT INTO notifications_sequence_send (id, enrolment_id, step, sent_at) VALUES (?, ?, ?, ?)")
			.params(UUID.randomUUID(), enrolment, step, Timestamp.from(at))
			.update();
		this.jdbc
			.sql("UPDATE notifications_enrolment SET next_step = ?, next_due_at = COALESCE(?, next_due_at), "
					+ "status = ?, claimed_until = NULL, failures = 0 WHERE id = ?")
			.params(step + 1, next == null ? null : Timestamp.from(next), next == null ? "DONE" : "ACTIVE", enrolment)
			.update();
	}

	/** The mail server failed: try again at {@code next}. */
	public void failed(UUID enrolment, Instant next) {
		this.jdbc
			.sql("UPDATE notifications_enrolment SET failures = failures + 1, next_due_at = ?, claimed_until = NULL "
					+ "WHERE id = ?")
			.params(Timestamp.from(next), enrolment)
			.update();
	}

	public void stop(UUID enrolment, String reason) {
		this.jdbc
			.sql("UPDATE notifications_enrolment SET status = 'STOPPED', stopped_reason = ?, claimed_until = NULL "
					+ "WHERE id = ?")
			.params(reason, enrolment)
			.update();
	}

	/** Stops every sequence a lead is in, for a reason (they unsubscribed, say). */
	public void stopAll(ContactId contact, String reason) {
		this.jdbc
			.sql("UPDATE notifications_enrolment SET status = 'STOPPED', stopped_reason = ? WHERE contact_id = ? "
					+ "AND status = 'ACTIVE'")
			.params(reason, contact.value())
			.update();
	}

	public void forget(ContactId contact) {
		this.jdbc.sql("DELETE FROM notifications_enrolment WHERE contact_id = ?").param(contact.value()).update();
		this.jdbc.sql("DELETE FROM notifications_unsubscribe WHERE contact_id = ?").param(contact.value()).update();
		this.jdbc.sql("DELETE FROM notifications_lead_reminder WHERE contact_id = ?").param(contact.value()).update();
	}

	/**
	 * A meeting booked with a lead, to be reminded of at {@code remindAt}; once per
	 * activity.
	 */
	public void saveReminder(UUID activity, ContactId contact, UUID rep, Instant meetingAt, Instant remindAt) {
		this.jdbc
			.sql("INSERT INTO notifications_lead_reminder (activity_id, contact_id, rep_id, meeting_at, remind_at) "
					+ "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(activity, contact.value(), rep, Timestamp.from(meetingAt), Timestamp.from(remindAt))
			.update();
	}

	/** A reminder whose time has come, as claimed. */
	public record Reminder(UUID activity, ContactId contact, UUID rep, Instant meetingAt) {
	}

	/**
	 * Claims the reminders due for meetings still ahead; one another instance holds is
	 * left.
	 */
	public List<Reminder> claimReminders(Instant now, Instant until) {
		List<Reminder> due = this.jdbc
			.sql("SELECT * FROM notifications_lead_reminder WHERE sent_at IS NULL AND remind_at <= ? "
					+ "AND meeting_at > ? AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY remind_at LIMIT 100")
			.params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now))
			.query((rs, row) -> new Reminder(rs.getObject("activity_id", UUID.class),
					new ContactId(rs.getObject("contact_id", UUID.class)), rs.getObject("rep_id", UUID.class),
					rs.getObject("meeting_at", OffsetDateTime.class).toInstant()))
			.list();
		return won(due, "UPDATE notifications_lead_reminder SET claimed_until = ? WHERE activity_id = ? "
				+ "AND (claimed_until IS NULL OR claimed_until < ?)", Reminder::activity, now, until);
	}

	/**
	 * Claims rows until {@code until} with one batch of conditional updates; the rows
	 * another instance claimed first are left out.
	 */
	private <T> List<T> won(List<T> rows, String claim, Function<T, UUID> id, Instant now, Instant until) {
		if (rows.isEmpty()) {
			return List.of();
		}
		int[] counts = this.template.batchUpdate(claim,
				rows.stream()
					.map(row -> new Object[] { Timestamp.from(until), id.apply(row), Timestamp.from(now) })
					.toList());
		List<T> mine = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 1) {
				mine.add(rows.get(i));
			}
		}
		return mine;
	}

	public void reminded(UUID activity, Instant at) {
		this.jdbc.sql("UPDATE notifications_lead_reminder SET sent_at = ?, claimed_until = NULL WHERE activity_id = ?")
			.params(Timestamp.from(at), activity)
			.update();
	}

	public void saveUnsubscribe(String tokenHash, ContactId contact, Instant at) {
		this.jdbc.sql("INSERT INTO notifications_unsubscribe (token_hash, contact_id, created_at) VALUES (?, ?, ?)")
			.params(tokenHash, contact.value(), Timestamp.from(at))
			.update();
	}

	/** The lead an unsubscribe link is for, marking it used. */
	public Optional<ContactId> unsubscribe(String tokenHash, Instant at) {
		Optional<ContactId> contact = this.jdbc
			.sql("SELECT contact_id FROM notifications_unsubscribe WHERE token_hash = ?")
			.param(tokenHash)
			.query(UUID.class)
			.optional()
			.map(ContactId::new);
		contact.ifPresent(found -> this.jdbc
			.sql("UPDATE notifications_unsubscribe SET used_at = COALESCE(used_at, ?) WHERE token_hash = ?")
			.params(Timestamp.from(at), tokenHash)
			.update());
		return contact;
	}

}
