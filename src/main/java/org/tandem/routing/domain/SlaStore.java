package org.tandem.routing.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.UserId;
import org.tandem.platform.InLists;
import org.tandem.platform.Kept;
import org.tandem.routing.SlaCompliance;
import org.tandem.routing.SlaPolicy;
import org.tandem.routing.SlaTimer;

/**
 * Deadline policies and the timers they start. Timers are rows, so they survive restarts;
 * the watcher finds the due ones by time.
 */
@Component
public class SlaStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Kept<List<SlaPolicy>> policies;

	SlaStore(JdbcClient jdbc, JdbcTemplate template, @Value("${tandem.settings.refresh:2s}") Duration kept) {
		this.jdbc = jdbc;
		this.template = template;
		this.policies = new Kept<>(kept,
				() -> List.copyOf(jdbc.sql("SELECT * FROM routing_sla_policy ORDER BY stage, segment")
					.query((rs, row) -> new SlaPolicy(rs.getObject("id", UUID.class), rs.getString("stage"),
							DealSizeBand.valueOf(rs.getString("segment")), rs.getInt("respond_minutes"),
							rs.getInt("warn_minutes"), rs.getInt("reassign_minutes")))
					.list()));
	}

	/**
	 * The deadlines by stage and segment, as read in the last few seconds ({@link Kept}).
	 */
	public List<SlaPolicy> policies() {
		return this.policies.get();
	}

	/**
	 * The policy among these for a stage and segment, falling back to the stage's ANY
	 * policy.
	 */
	public static Optional<SlaPolicy> policy(List<SlaPolicy> policies, String stage, @Nullable DealSizeBand segment) {
		List<SlaPolicy> forStage = policies.stream().filter(policy -> policy.stage().equals(stage)).toList();
		return forStage.stream()
			.filter(policy -> policy.segment() == segment)
			.findFirst()
			.or(() -> forStage.stream().filter(policy -> policy.segment() == DealSizeBand.ANY).findFirst());
	}

	public void save(SlaPolicy policy) {
		this.policies.forget();
		int updated = this.jdbc
			.sql("UPDATE routing_sla_policy SET respond_minutes = ?, warn_minutes = ?, reassign_minutes = ?, "
					+ "version = version + 1 WHERE stage = ? AND segment = ?")
			.params(policy.respondMinutes(), policy.warnMinutes(), policy.reassignMinutes(), policy.stage(),
					policy.segment().name())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO routing_sla_policy (id, stage, segment, respond_minutes, warn_minutes, "
						+ "reassign_minutes) VALUES (?, ?, ?, ?, ?, ?)")
				.params(policy.id(), policy.stage(), policy.segment().name(), policy.respondMinutes(),
						policy.warnMinutes(), policy.reassignMinutes())
				.update();
		}
	}

	public void start(List<SlaTimer> timers) {
		this.template.batchUpdate(
				"INSERT INTO routing_sla_timer (id, contact_id, rep_id, stage, started_at, warn_at, "
						+ "due_at, reassign_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				timers.stream()
					.map(timer -> new Object[] { timer.id(), timer.contact().value(), timer.rep().value(),
							timer.stage(), Timestamp.from(timer.startedAt()), Timestamp.from(timer.warnAt()),
							Timestamp.from(timer.dueAt()), Timestamp.from(timer.reassignAt()) })
					.toList());
	}

	/** Writes deadlines with their whole history (the demo's past hand-offs). */
	public void record(List<SlaTimer> timers) {
		this.template.batchUpdate(
				"INSERT INTO routing_sla_timer (id, contact_id, rep_id, stage, started_at, warn_at, "
						+ "due_at, reassign_at, warned_at, breached_at, closed_at, outcome) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				timers.stream()
					.map(timer -> new Object[] { timer.id(), timer.contact().value(), timer.rep().value(),
							timer.stage(), Timestamp.from(timer.startedAt()), Timestamp.from(timer.warnAt()),
							Timestamp.from(timer.dueAt()), Timestamp.from(timer.reassignAt()), ts(timer.warnedAt()),
							ts(timer.breachedAt()), ts(timer.closedAt()), timer.outcome() })
					.toList());
	}

	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM routing_sla_timer").query(Long.class).single() == 0;
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	/**
	 * Closes the open timers of these leads (in a stage, or all) with an outcome; one
	 * that was breached stays breached.
	 */
	public void closeAll(Collection<ContactId> contacts, @Nullable String stage, String outcome, Instant at) {
		for (List<ContactId> chunk : InLists.chunks(contacts)) {
			List<Object> params = new ArrayList<>(List.of(Timestamp.from(at), outcome));
			if (stage != null) {
				params.add(stage);
			}
			List<ContactId> padded = InLists.padded(chunk);
			padded.forEach(contact -> params.add(contact.value()));
			this.jdbc
				.sql("UPDATE routing_sla_timer SET closed_at = ?, outcome = CASE WHEN breached_at IS NULL THEN ? "
						+ "ELSE 'BREACHED' END WHERE closed_at IS NULL" + (stage == null ? "" : " AND stage = ?")
						+ " AND contact_id IN (" + InLists.marks(padded.size()) + ")")
				.params(params)
				.update();
		}
	}

	public List<SlaTimer> open(ContactId contact) {
		return this.jdbc.sql("SELECT * FROM routing_sla_timer WHERE contact_id = ? AND closed_at IS NULL")
			.param(contact.value())
			.query(SlaStore::timer)
			.list();
	}

	/** Open timers that need a warning, a breach or a reassignment by now. */
	public List<SlaTimer> due(Instant now) {
		Timestamp at = Timestamp.from(now);
		return this.jdbc
			.sql("SELECT * FROM routing_sla_timer WHERE closed_at IS NULL AND ((warned_at IS NULL AND warn_at <= ?) "
					+ "OR (breached_at IS NULL AND due_at <= ?) OR reassign_at <= ?) ORDER BY due_at")
			.params(at, at, at)
			.query(SlaStore::timer)
			.list();
	}

	/**
	 * Marks the warning given; false when it already was or the timer is closed (another
	 * instance got there first), so each step of a deadline is taken once.
	 */
	public boolean markWarned(UUID timer, Instant at) {
		return this.jdbc
			.sql("UPDATE routing_sla_timer SET warned_at = ? WHERE id = ? AND warned_at IS NULL AND closed_at IS NULL")
			.params(Timestamp.from(at), timer)
			.update() == 1;
	}

	/** Marks the deadline missed; false when it already was or the timer is closed. */
	public boolean markBreached(UUID timer, Instant at) {
		return this.jdbc
			.sql("UPDATE routing_sla_timer SET breached_at = ?, warned_at = COALESCE(warned_at, ?) "
					+ "WHERE id = ? AND breached_at IS NULL AND closed_at IS NULL")
			.params(Timestamp.from(at), Timestamp.from(at), timer)
			.update() == 1;
	}

	/** Closes the timer; false when it was closed already. */
	public boolean closeTimer(UUID timer, String outcome, Instant at) {
		return this.jdbc
			.sql("UPDATE routing_sla_timer SET closed_at = ?, outcome = ? WHERE id = ? AND closed_at IS NULL")
			.params(Timestamp.from(at), outcome, timer)
			.update() == 1;
	}

	public List<SlaTimer> history(ContactId contact) {
		return this.jdbc.sql("SELECT * FROM routing_sla_timer WHERE contact_id = ? ORDER BY started_at DESC")
			.param(contact.value())
			.query(SlaStore::timer)
			.list();
	}

	public void forget(ContactId contact) {
		this.jdbc.sql("DELETE FROM routing_sla_timer WHERE contact_id = ?").param(contact.value()).update();
	}

	private static SlaTimer timer(ResultSet rs, int row) throws SQLException {
		return new SlaTimer(rs.getObject("id", UUID.class), new ContactId(rs.getObject("contact_id", UUID.class)),
				new UserId(rs.getObject("rep_id", UUID.class)), rs.getString("stage"), instant(rs, "started_at"),
				instant(rs, "warn_at"), instant(rs, "due_at"), instant(rs, "reassign_at"), instant(rs, "warned_at"),
				instant(rs, "breached_at"), instant(rs, "closed_at"), rs.getString("outcome"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/**
	 * How long reps took to meet the deadlines started from {@code from} until
	 * {@code to}: one duration per deadline met.
	 */
	public List<Duration> responseTimes(Instant from, Instant to) {
		return this.jdbc
			.sql("SELECT started_at, closed_at FROM routing_sla_timer WHERE outcome = 'MET' AND closed_at IS NOT NULL "
					+ "AND started_at >= ? AND started_at < ?")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> Duration.between(rs.getObject("started_at", OffsetDateTime.class).toInstant(),
					rs.getObject("closed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public Map<UserId, SlaCompliance> compliance(Instant from, Instant to) {
		Map<UserId, SlaCompliance> compliance = new HashMap<>();
		this.jdbc
			.sql("SELECT rep_id, SUM(CASE WHEN breached_at IS NULL AND outcome = 'MET' THEN 1 ELSE 0 END) AS kept, "
					+ "SUM(CASE WHEN breached_at IS NOT NULL THEN 1 ELSE 0 END) AS broken FROM routing_sla_timer "
					+ "WHERE due_at >= ? AND due_at < ? GROUP BY rep_id")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> compliance.put(new UserId(rs.getObject("rep_id", UUID.class)),
					new SlaCompliance(rs.getLong("kept"), rs.getLong("broken"))))
			.list();
		return compliance;
	}

}
