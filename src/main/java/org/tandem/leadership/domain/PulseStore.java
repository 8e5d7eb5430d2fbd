package org.tandem.leadership.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.leadership.Pulse;

/** Customer satisfaction surveys and their answers, and kudos, as rows. */
@Component
public class PulseStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PulseStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Asks a customer, unless they were asked since {@code notBefore}. */
	public boolean ask(ContactId contact, Instant at, Instant notBefore) {
		Long recent = this.jdbc.sql("SELECT COUNT(*) FROM leadership_pulse WHERE contact_id = ? AND created_at >= ?")
			.params(contact.value(), Timestamp.from(notBefore))
			.query(Long.class)
			.single();
		if (recent > 0) {
			return false;
		}
		this.jdbc.sql("INSERT INTO leadership_pulse (id, contact_id, created_at) VALUES (?, ?, ?)")
			.params(UUID.randomUUID(), contact.value(), Timestamp.from(at))
			.update();
		return true;
	}

	/** A survey waiting to be sent, claimed by this instance. */
	public record Due(UUID id, ContactId contact) {
	}

	/** Claims up to {@code limit} surveys not sent yet, until {@code until}. */
	public List<Due> claim(Instant now, Instant until, int limit) {
		List<Due> due = this.jdbc
			.sql("SELECT id, contact_id FROM leadership_pulse WHERE sent_at IS NULL AND skipped IS NULL "
					+ "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY created_at LIMIT ?")
			.params(Timestamp.from(now), limit)
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class),
					new ContactId(rs.getObject("contact_id", UUID.class))))
			.list();
		List<Due> mine = new ArrayList<>();
		int[] won = this.template.batchUpdate(
				"UPDATE leadership_pulse SET claimed_until = ? WHERE id = ? AND sent_at IS NULL "
						+ "AND (claimed_until IS NULL OR claimed_until < ?)",
				due.stream()
					.map(one -> new Object[] { Timestamp.from(until), one.id(), Timestamp.from(now) })
					.toList());
		for (int i = 0; i < won.length; i++) {
			if (won[i] == 1) {
				mine.add(due.get(i));
			}
		}
		return mine;
	}

	public void sent(UUID id, String tokenHash, Instant at) {
		this.jdbc.sql("UPDATE leadership_pulse SET token_hash = ?, sent_at = ?, claimed_until = NULL WHERE id = ?")
			.params(tokenHash, Timestamp.from(at), id)
			.update();
	}

	public void skipped(UUID id, String why) {
		this.jdbc.sql("UPDATE leadership_pulse SET skipped = ?, claimed_until = NULL WHERE id = ?")
			.params(why, id)
			.update();
	}

	/** The survey a link opens, and whether it was answered. */
	public record Opened(UUID id, ContactId contact, boolean answered) {
	}

	public Optional<Opened> byToken(String tokenHash) {
		return this.jdbc.sql("SELECT id, contact_id, score FROM leadership_pulse WHERE token_hash = ?")
			.param(tokenHash)
			.query((rs, n) -> new Opened(rs.getObject("id", UUID.class),
					new ContactId(rs.getObject("contact_id", UUID.class)), rs.getObject("score") != null))
			.optional();
	}

	/** Records the answer, once; false when it was answered already. */
	public boolean answer(UUID id, int score, @Nullable String comment, Instant at) {
		return this.jdbc
			.sql("UPDATE leadership_pulse SET score = ?, comment = ?, answered_at = ? WHERE id = ? AND score IS NULL")
			.params(score, comment, Timestamp.from(at), id)
			.update() == 1;
	}

	/** The surveys sent since a moment and their answers. */
	public Pulse since(Instant since, int comments) {
		long[] counts = new long[4];
		List<Pulse.Comment> said = new ArrayList<>();
		this.jdbc
			.sql("SELECT score, comment, answered_at FROM leadership_pulse WHERE sent_at >= ? "
					+ "ORDER BY answered_at DESC")
			.param(Timestamp.from(since))
			.query((rs, n) -> {
				counts[0]++;
				Object score = rs.getObject("score");
				if (score != null) {
					int value = ((Number) score).intValue();
					counts[value >= 9 ? 1 : value >= 7 ? 2 : 3]++;
					String comment = rs.getString("comment");
					if (comment != null && said.size() < comments) {
						said.add(new Pulse.Comment(value, comment,
								rs.getObject("answered_at", OffsetDateTime.class).toInstant()));
					}
				}
				return n;
			})
			.list();
		return new Pulse(since, counts[0], counts[1], counts[2], counts[3], said);
	}

	/** A survey sent earlier, answered or not, as the demo company's history has them. */
	public void insertSent(ContactId contact, Instant sentAt, @Nullable Integer score, @Nullable String comment,
			@Nullable Instant answeredAt) {
		this.jdbc
			.sql("INSERT INTO leadership_pulse (id, contact_id, created_at, sent_at, score, comment, answered_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), contact.value(), Timestamp.from(sentAt), Timestamp.from(sentAt), score, comment,
					answeredAt == null ? null : Timestamp.from(answeredAt))
			.update();
	}

	public boolean any() {
		return this.jdbc.sql("SELECT COUNT(*) FROM leadership_pulse").query(Long.class).single() > 0;
	}

	/**
	 * A customer's latest survey: when it was asked, sent and answered, and the score.
	 */
	public record Latest(Instant asked, @Nullable Instant sent, @Nullable String skipped, @Nullable Integer score,
			@Nullable String comment) {
	}

	public Optional<Latest> latest(ContactId contact) {
		return this.jdbc.sql("SELECT * FROM leadership_pulse WHERE contact_id = ? ORDER BY created_at DESC LIMIT 1")
			.param(contact.value())
			.query((rs, n) -> {
				OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
				return new Latest(rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						sent == null ? null : sent.toInstant(), rs.getString("skipped"),
						(Integer) rs.getObject("score"), rs.getString("comment"));
			})
			.optional();
	}

	/** Forgets an erased customer's surveys. */
	public void forget(ContactId contact) {
		this.jdbc.sql("DELETE FROM leadership_pulse WHERE contact_id = ?").param(contact.value()).update();
	}

}
