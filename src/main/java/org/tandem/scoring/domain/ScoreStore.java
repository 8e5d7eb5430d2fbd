package org.tandem.scoring.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.intake.BehaviourType;
import org.tandem.platform.InLists;
import org.tandem.scoring.ScoreCard;

/**
 * Scores with their explanations, and scoring's own record of the behaviour that counts.
 */
@Component
public class ScoreStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ScoreStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
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
		return events(List.of(contact)).getOrDefault(contact, List.of());
	}

	/** The behaviour of these contacts, oldest first, by contact. */
	public Map<ContactId, List<ScoreCalculator.Event>> events(Collection<ContactId> contacts) {
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

	/**
	 * A score to store; {@code known} says whether the lead had one, which picks the
	 * statement tried first.
	 */
	public record Score(ContactId contact, int points, List<ScoreCard.Line> lines, @Nullable Instant qualifiedAt,
			boolean known) {

		Object[] row(Instant at) {
			return new Object[] { this.points, JSON.writeValueAsString(this.lines), Timestamp.from(at),
					this.qualifiedAt == null ? null : Timestamp.from(this.qualifiedAt), this.contact.value() };
		}

	}

	/**
	 * Stores scores computed at {@code at} in a few batches: the leads without a score
	 * are inserted, the others updated, and a lead another writer scored in the meantime
	 * is updated too.
	 */
	public void saveAll(Instant computed, List<Score> scores) {
		// as the database keeps it, so that the rows written here are told from others
		Instant at = computed.truncatedTo(ChronoUnit.MICROS);
		Map<UUID, Object[]> fresh = new LinkedHashMap<>();
		List<Object[]> known = new ArrayList<>();
		for (Score score : scores) {
			if (score.known()) {
				known.add(score.row(at));
			}
			else {
				fresh.put(score.contact().value(), score.row(at));
			}
		}
		this.template.batchUpdate("INSERT INTO scoring_score (points, explanation, computed_at, qualified_at, "
				+ "contact_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", List.copyOf(fresh.values()));
		// a row that is not ours was there already: update it like a known one
		for (List<UUID> chunk : InLists.chunks(fresh.keySet())) {
			this.jdbc.sql("SELECT contact_id FROM scoring_score WHERE contact_id IN (:values) AND computed_at <> :at")
				.param("values", chunk)
				.param("at", Timestamp.from(at))
				.query(UUID.class)
				.list()
				.forEach(contact -> known.add(fresh.get(contact)));
		}
		int[] updated = this.template.batchUpdate("UPDATE scoring_score SET points = ?, explanation = ?, "
				+ "computed_at = ?, qualified_at = COALESCE(qualified_at, ?) WHERE contact_id = ?", known);
		List<Object[]> gone = new ArrayList<>();
		for (int i = 0; i < updated.length; i++) {
			if (updated[i] == 0) {
				gone.add(known.get(i));
			}
		}
		if (!gone.isEmpty()) {
			this.template.batchUpdate("INSERT INTO scoring_score (points, explanation, computed_at, qualified_at, "
					+ "contact_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", gone);
		}
	}

	private static List<UUID> ids(Collection<ContactId> contacts) {
		return contacts.stream().map(ContactId::value).toList();
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
