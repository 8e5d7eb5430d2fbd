package org.tandem.scoring.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.intake.BehaviourType;
import org.tandem.scoring.ScoreCard;

/**
 * Scores with their explanations, and scoring's own record of the behaviour that counts.
 */
@Component
public class ScoreStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ScoreStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored score, as it was computed. */
	public record Stored(int points, List<ScoreCard.Line> lines, Instant computedAt, @Nullable Instant qualifiedAt) {
	}

	public void addEvent(ContactId contact, BehaviourType type, Instant at) {
		this.jdbc.sql("INSERT INTO scoring_event (id, contact_id, type, at) VALUES (?, ?, ?, ?)")
			.params(UUID.randomUUID(), contact.value(), type.name(), Timestamp.from(at))
			.update();
	}

	public List<ScoreCalculator.Event> events(ContactId contact) {
		return this.jdbc.sql("SELECT type, at FROM scoring_event WHERE contact_id = ? ORDER BY at")
			.param(contact.value())
			.query((rs, row) -> new ScoreCalculator.Event(BehaviourType.valueOf(rs.getString("type")),
					rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public Optional<Stored> find(ContactId contact) {
		return this.jdbc
			.sql("SELECT points, explanation, computed_at, qualified_at FROM scoring_score WHERE contact_id = ?")
			.param(contact.value())
			.query((rs, row) -> {
				OffsetDateTime qualified = rs.getObject("qualified_at", OffsetDateTime.class);
				return new Stored(rs.getInt("points"),
						JSON.readValue(rs.getString("explanation"), new TypeReference<List<ScoreCard.Line>>() {
						}), rs.getObject("computed_at", OffsetDateTime.class).toInstant(),
						qualified == null ? null : qualified.toInstant());
			})
			.optional();
	}

	public void save(ContactId contact, int points, List<ScoreCard.Line> lines, Instant at,
			@Nullable Instant qualifiedAt) {
		String explanation = JSON.writeValueAsString(lines);
		Timestamp qualified = qualifiedAt == null ? null : Timestamp.from(qualifiedAt);
		int updated = this.jdbc
			.sql("UPDATE scoring_score SET points = ?, explanation = ?, computed_at = ?, "
					+ "qualified_at = COALESCE(qualified_at, ?) WHERE contact_id = ?")
			.params(points, explanation, Timestamp.from(at), qualified, contact.value())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO scoring_score (contact_id, points, explanation, computed_at, qualified_at) "
						+ "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
				.params(contact.value(), points, explanation, Timestamp.from(at), qualified)
				.update();
		}
	}

	/**
	 * Contacts with behaviour in the window, whose scores fade and must be recomputed.
	 */
	public List<ContactId> engagedSince(Instant since) {
		return this.jdbc.sql("SELECT DISTINCT contact_id FROM scoring_event WHERE at >= ?")
			.param(Timestamp.from(since))
			.query(UUID.class)
			.list()
			.stream()
			.map(ContactId::new)
			.toList();
	}

	public void forget(ContactId contact) {
		this.jdbc.sql("DELETE FROM scoring_event WHERE contact_id = ?").param(contact.value()).update();
		this.jdbc.sql("DELETE FROM scoring_score WHERE contact_id = ?").param(contact.value()).update();
	}

	public void repoint(ContactId from, ContactId to) {
		this.jdbc.sql("UPDATE scoring_event SET contact_id = ? WHERE contact_id = ?")
			.params(to.value(), from.value())
			.update();
		this.jdbc.sql("DELETE FROM scoring_score WHERE contact_id = ?").param(from.value()).update();
	}

}
