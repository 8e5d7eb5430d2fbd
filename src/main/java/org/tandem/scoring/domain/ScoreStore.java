package org.tandem.scoring.domain;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.intake.BehaviourType;
import org.tandem.platform.InLists;
import org.tandem.platform.WriteBehind;
import org.tandem.scoring.ScoreCard;

/**
 * Scores with their explanations, and scoring's own record of the behaviour that counts.
 */
@Component
public class ScoreStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Pads a list of rows: no contact has it. */
	private static final UUID NO_CONTACT = new UUID(0, 0);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	/** Behaviour that counts, written just before the transaction commits. */
	private final WriteBehind events;

	ScoreStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
		this.events = new WriteBehind(template,
				"INSERT INTO scoring_event (id, contact_id, type, at) VALUES (?, ?, ?, ?)");
	}

	/** A stored score, as it was computed. */
	public record Stored(int points, List<ScoreCard.Line> lines, Instant computedAt, @Nullable Instant qualifiedAt) {
	}

	public void addEvent(ContactId contact, BehaviourType type, Instant at) {
		this.events.add(UUID.randomUUID(), contact.value(), type.name(), Timestamp.from(at));
	}

	public List<ScoreCalculator.Event> events(ContactId contact) {
		return events(List.of(contact)).getOrDefault(contact, List.of());
	}

	/** The behaviour of these contacts, oldest first, by contact. */
	public Map<ContactId, List<ScoreCalculator.Event>> events(Collection<ContactId> contacts) {
		this.events.flush();
		Map<ContactId, List<ScoreCalculator.Event>> events = new HashMap<>();
		InLists.select(this.jdbc,
				"SELECT contact_id, type, at FROM scoring_event WHERE contact_id IN (:values) " + "ORDER BY at",
				ids(contacts),
				(rs, row) -> events
					.computeIfAbsent(new ContactId(rs.getObject("contact_id", UUID.class)), id -> new ArrayList<>())
					.add(new ScoreCalculator.Event(BehaviourType.valueOf(rs.getString("type")),
							rs.getObject("at", OffsetDateTime.class).toInstant())));
		return events;
	}

	public Optional<Stored> find(ContactId contact) {
		return Optional.ofNullable(find(List.of(contact)).get(contact));
	}

	/** The stored scores of these contacts, for those that have one. */
	public Map<ContactId, Stored> find(Collection<ContactId> contacts) {
		Map<ContactId, Stored> found = new HashMap<>();
		InLists.select(this.jdbc, "SELECT contact_id, points, explanation, computed_at, qualified_at "
				+ "FROM scoring_score WHERE contact_id IN (:values)", ids(contacts), (rs, row) -> {
					OffsetDateTime qualified = rs.getObject("qualified_at", OffsetDateTime.class);
					return found
						.put(new ContactId(rs.getObject("contact_id", UUID.class)), new Stored(rs.getInt("points"),
								JSON.readValue(rs.getString("explanation"), new TypeReference<List<ScoreCard.Line>>() {
								}), rs.getObject("computed_at", OffsetDateTime.class).toInstant(),
								qualified == null ? null : qualified.toInstant()));
				});
		return found;
	}

	/** A score to store. */
	public record Score(ContactId contact, int points, List<ScoreCard.Line> lines, @Nullable Instant qualifiedAt) {

	}

	/**
	 * Stores scores computed at {@code at}, one statement per chunk: a lead without a
	 * score gets one, a lead with one has it replaced (a lead qualified once keeps the
	 * moment it first was). The list of rows is lengthened to the next power of two with
	 * rows that match no lead and are not inserted, so that the statement has a few texts
	 * rather than one per length. Should two transactions give one unscored lead its
	 * first score at the same moment, the later fails on the key: a group commit then
	 * stores its leads one by one, and the retry finds the score to replace.
	 */
	public void saveAll(Instant computed, List<Score> scores) {
		// as the database keeps it
		OffsetDateTime at = computed.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
		for (List<Score> chunk : InLists.chunks(scores)) {
			int length = InLists.paddedLength(chunk.size());
			List<Object> params = new ArrayList<>(length * 5);
			for (int i = 0; i < length; i++) {
				Score score = i < chunk.size() ? chunk.get(i) : null;
				params.add(score == null ? NO_CONTACT : score.contact().value());
				params.add(score == null ? 0 : score.points());
				params.add(score == null ? "[]" : JSON.writeValueAsString(score.lines()));
				params.add(new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, at));
				params.add(new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
						score == null || score.qualifiedAt() == null ? null
								: score.qualifiedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)));
			}
			this.template.update("MERGE INTO scoring_score s USING (VALUES " + String.join(", ", Collections.nCopies(
					length,
					"(CAST(? AS UUID), CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE), "
							+ "CAST(? AS TIMESTAMP WITH TIME ZONE))"))
					+ ") AS v (contact_id, points, explanation, computed_at, qualified_at) "
					+ "ON s.contact_id = v.contact_id "
					+ "WHEN MATCHED THEN UPDATE SET points = v.points, explanation = v.explanation, "
					+ "computed_at = v.computed_at, qualified_at = COALESCE(s.qualified_at, v.qualified_at) "
					+ "WHEN NOT MATCHED AND v.contact_id <> CAST('" + NO_CONTACT + "' AS UUID) THEN INSERT "
					+ "(contact_id, points, explanation, computed_at, qualified_at) "
					+ "VALUES (v.contact_id, v.points, v.explanation, v.computed_at, v.qualified_at)",
					params.toArray());
		}
	}

	private static List<UUID> ids(Collection<ContactId> contacts) {
		return contacts.stream().map(ContactId::value).toList();
	}

	/**
	 * Contacts with behaviour in the window, whose scores fade and must be recomputed.
	 */
	public List<ContactId> engagedSince(Instant since) {
		this.events.flush();
		return this.jdbc.sql("SELECT DISTINCT contact_id FROM scoring_event WHERE at >= ?")
			.param(Timestamp.from(since))
			.query(UUID.class)
			.list()
			.stream()
			.map(ContactId::new)
			.toList();
	}

	public void forget(ContactId contact) {
		this.events.flush();
		this.jdbc.sql("DELETE FROM scoring_event WHERE contact_id = ?").param(contact.value()).update();
		this.jdbc.sql("DELETE FROM scoring_score WHERE contact_id = ?").param(contact.value()).update();
	}

	public void repoint(ContactId from, ContactId to) {
		this.events.flush();
		this.jdbc.sql("UPDATE scoring_event SET contact_id = ? WHERE contact_id = ?")
			.params(to.value(), from.value())
			.update();
		this.jdbc.sql("DELETE FROM scoring_score WHERE contact_id = ?").param(from.value()).update();
	}

}
