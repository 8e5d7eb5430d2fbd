package org.tandem.goals.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.goals.Slice;
import org.tandem.platform.InLists;

/**
 * The goals module's own copy of each lead's journey and the counters kept from it. Every
 * change to a lead goes through {@link #replace}, which moves the counters by the
 * difference between the old and the new journey, so the counters always equal what
 * counting the leads would give.
 */
@Component
public class JourneyStore {

	/**
	 * The id the span recount gives the journeys it reads (it needs their dates only).
	 */
	private static final UUID SPAN_READER = new UUID(0, 0);

	private static final String FEED = "funnel";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JourneyStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The feed's cursor, locked until the transaction ends: one updater at a time. */
	public Feed lockFeed() {
		return this.jdbc.sql("SELECT * FROM goals_feed WHERE name = ? FOR UPDATE").param(FEED).query((rs, row) -> {
			String sweptTo = rs.getString("swept_to");
			return new Feed(new FeedCursor(rs.getLong("position"), FeedCursor.parseGaps(rs.getString("gaps"))),
					sweptTo == null ? null : UUID.fromString(sweptTo), rs.getString("time_zone"));
		}).single();
	}

	public void saveFeed(Feed feed) {
		this.jdbc.sql("UPDATE goals_feed SET position = ?, gaps = ?, swept_to = ?, time_zone = ? WHERE name = ?")
			.params(feed.cursor().position(), feed.cursor().gapsText(), feed.sweptTo(), feed.timeZone(), FEED)
			.update();
	}

	/** The feed's cursor, where the last sweep stopped and the zone the counters use. */
	public record Feed(FeedCursor cursor, @Nullable UUID sweptTo, @Nullable String timeZone) {
	}

	/**
	 * The leads after {@code after} in id order, for a sweep that checks them all in
	 * turn.
	 */
	public List<UUID> leadsAfter(@Nullable UUID after, int limit) {
		return after == null
				? this.jdbc.sql("SELECT contact_id FROM goals_lead ORDER BY contact_id LIMIT ?")
					.param(limit)
					.query(UUID.class)
					.list()
				: this.jdbc.sql("SELECT contact_id FROM goals_lead WHERE contact_id > ? ORDER BY contact_id LIMIT ?")
					.params(after, limit)
					.query(UUID.class)
					.list();
	}

	public Map<UUID, Journey> find(Collection<UUID> contacts) {
		Map<UUID, Journey> found = new HashMap<>();
		InLists
			.select(this.jdbc, "SELECT * FROM goals_lead WHERE contact_id IN (:values)", contacts,
					JourneyStore::journey)
			.forEach(journey -> found.put(journey.contact(), journey));
		return found;
	}

	/**
	 * Puts the new journeys in place of the old (a null new journey removes the lead) and
	 * moves the counters by the difference.
	 */
	public void replace(Map<UUID, Journey> old, Map<UUID, @Nullable Journey> now, ZoneId zone) {
		List<Object[]> removed = new ArrayList<>();
		List<Object[]> written = new ArrayList<>();
		now.forEach((contact, journey) -> {
			Journey before = old.get(contact);
			if (!Objects.equals(before, journey)) {
				if (before != null) {
					removed.add(new Object[] { contact });
				}
				if (journey != null) {
					written.add(row(journey));
				}
			}
		});
		this.template.batchUpdate("DELETE FROM goals_lead WHERE contact_id = ?", removed);
		this.template.batchUpdate("INSERT INTO goals_lead (contact_id, entered_at, mql_at, sql_at, opportunity_at, "
				+ "won_at, lost_at, rejected_at, disqualified_at, stage, owner_id, channel, campaign, segment) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", written);
		move(deltas(old, now, zone));
		moveSpans(deltas(old, now, journey -> journey.spans(zone)));
	}

	/**
	 * How the counters move when these leads change from their old journeys to the new
	 * (null: the lead is gone): minus each counter of the old, plus each of the new.
	 */
	public static Map<CounterKey, Long> deltas(Map<UUID, Journey> old, Map<UUID, @Nullable Journey> now, ZoneId zone) {
		return deltas(old, now, journey -> journey.counters(zone));
	}

	/**
	 * How the keys a journey adds one to move when these leads change: minus each key of
	 * the old journey, plus each of the new.
	 */
	public static <K> Map<K, Long> deltas(Map<UUID, Journey> old, Map<UUID, @Nullable Journey> now,
			Function<Journey, List<K>> keys) {
		Map<K, Long> deltas = new HashMap<>();
		now.forEach((contact, journey) -> {
			Journey before = old.get(contact);
			if (!Objects.equals(before, journey)) {
				if (before != null) {
					keys.apply(before).forEach(key -> deltas.merge(key, -1L, Long::sum));
				}
				if (journey != null) {
					keys.apply(journey).forEach(key -> deltas.merge(key, 1L, Long::sum));
				}
			}
		});
		deltas.values().removeIf(delta -> delta == 0);
		return deltas;
	}

	private void move(Map<CounterKey, Long> deltas) {
		List<Object[]> rows = new ArrayList<>();
		deltas.forEach((key, delta) -> rows
			.add(new Object[] { key.measure().name(), key.slice().name(), key.value(), key.day(), delta }));
		this.template.batchUpdate("MERGE INTO goals_count c USING (VALUES (CAST(? AS VARCHAR(30)), "
				+ "CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(160)), CAST(? AS DATE), CAST(? AS BIGINT))) "
				+ "AS d (measure, slice, slice_value, on_day, n) ON c.measure = d.measure AND c.slice = d.slice "
				+ "AND c.slice_value = d.slice_value AND c.on_day = d.on_day WHEN MATCHED THEN UPDATE SET n = c.n + d.n "
				+ "WHEN NOT MATCHED THEN INSERT (measure, slice, slice_value, on_day, n) "
				+ "VALUES (d.measure, d.slice, d.slice_value, d.on_day, d.n)", rows);
	}

	private void moveSpans(Map<SpanKey, Long> deltas) {
		List<Object[]> rows = new ArrayList<>();
		deltas.forEach((key, delta) -> rows.add(new Object[] { key.span().name(), key.day(), key.days(), delta }));
		this.template.batchUpdate(
				"MERGE INTO goals_span c USING (VALUES (CAST(? AS VARCHAR(30)), CAST(? AS DATE), "
						+ "CAST(? AS INTEGER), CAST(? AS BIGINT))) AS d (span, on_day, days, n) ON c.span = d.span "
						+ "AND c.on_day = d.on_day AND c.days = d.days WHEN MATCHED THEN UPDATE SET n = c.n + d.n "
						+ "WHEN NOT MATCHED THEN INSERT (span, on_day, days, n) VALUES (d.span, d.on_day, d.days, d.n)",
				rows);
	}

	/**
	 * Counts every span histogram again from the leads: their milestones are read once,
	 * in a stream, and the buckets added up in memory (a few per day and span).
	 */
	public void recountSpans(ZoneId zone) {
		this.jdbc.sql("DELETE FROM goals_span").update();
		Map<SpanKey, Long> buckets = new HashMap<>();
		this.template.query(connection -> {
			var statement = connection.prepareStatement(
					"SELECT entered_at, mql_at, sql_at, opportunity_at, won_at FROM goals_lead WHERE sql_at IS NOT NULL "
							+ "OR won_at IS NOT NULL OR opportunity_at IS NOT NULL");
			statement.setFetchSize(10_000);
			return statement;
		}, (ResultSet rs) -> {
			Journey journey = new Journey(SPAN_READER, instant(rs, "entered_at"), instant(rs, "mql_at"),
					instant(rs, "sql_at"), instant(rs, "opportunity_at"), instant(rs, "won_at"), null, null, null, "",
					null, null, null, null);
			journey.spans(zone).forEach(key -> buckets.merge(key, 1L, Long::sum));
		});
		List<Object[]> rows = new ArrayList<>();
		buckets.forEach((key, n) -> rows.add(new Object[] { key.span().name(), key.day(), key.days(), n }));
		this.template.batchUpdate("INSERT INTO goals_span (span, on_day, days, n) VALUES (?, ?, ?, ?)", rows);
	}

	/**
	 * Writes new journeys without touching the counters (a rebuild counts them after).
	 */
	public void insertAll(List<Journey> journeys) {
		this.template.batchUpdate(
				"INSERT INTO goals_lead (contact_id, entered_at, mql_at, sql_at, opportunity_at, "
						+ "won_at, lost_at, rejected_at, disqualified_at, stage, owner_id, channel, campaign, segment) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				journeys.stream().map(JourneyStore::row).toList());
	}

	/**
	 * Counts every counter again from the leads, in SQL: one grouped count per measure
	 * and slice, each day taken in {@code zone}.
	 */
	public void recount(ZoneId zone) {
		this.jdbc.sql("DELETE FROM goals_count").update();
		String id = zone.getId();
		if (!id.matches("[A-Za-z0-9_/+\\-]+")) {
			throw new IllegalArgumentException("not a zone id: " + id);
		}
		for (Measure measure : Measure.values()) {
			String day = "CAST(" + measure.column() + " AT TIME ZONE '" + id + "' AS DATE)";
			for (Slice slice : Slice.values()) {
				String value = switch (slice) {
					case ALL -> "''";
					case OWNER -> "COALESCE(CAST(owner_id AS VARCHAR(36)), '')";
					case CHANNEL -> "COALESCE(channel, '')";
					case CAMPAIGN -> "COALESCE(campaign, '')";
					case SEGMENT -> "COALESCE(segment, '')";
				};
				this.jdbc
					.sql("INSERT INTO goals_count (measure, slice, slice_value, on_day, n) SELECT '" + measure.name()
							+ "', '" + slice.name() + "', " + value + ", " + day + ", COUNT(*) FROM goals_lead WHERE "
							+ measure.column() + " IS NOT NULL"
							+ (measure.condition() == null ? "" : " AND " + measure.condition()) + " GROUP BY "
							+ (slice == Slice.ALL ? day : value + ", " + day))
					.update();
			}
		}
	}

	/**
	 * Forgets every lead and counter, before the numbers are built again from the start.
	 */
	public void clear(String timeZone, long position) {
		this.jdbc.sql("DELETE FROM goals_count").update();
		this.jdbc.sql("DELETE FROM goals_span").update();
		this.jdbc.sql("DELETE FROM goals_lead").update();
		this.jdbc.sql("UPDATE goals_feed SET position = ?, gaps = '', swept_to = NULL, time_zone = ? WHERE name = ?")
			.params(position, timeZone, FEED)
			.update();
	}

	private static Object[] row(Journey journey) {
		return new Object[] { journey.contact(), ts(journey.entered()), ts(journey.mql()), ts(journey.sql()),
				ts(journey.opportunity()), ts(journey.won()), ts(journey.lost()), ts(journey.rejected()),
				ts(journey.disqualified()), journey.stage(), journey.owner(), journey.channel(), journey.campaign(),
				journey.segment() };
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	static Journey journey(ResultSet rs, int row) throws SQLException {
		return new Journey(rs.getObject("contact_id", UUID.class), instant(rs, "entered_at"), instant(rs, "mql_at"),
				instant(rs, "sql_at"), instant(rs, "opportunity_at"), instant(rs, "won_at"), instant(rs, "lost_at"),
				instant(rs, "rejected_at"), instant(rs, "disqualified_at"), rs.getString("stage"),
				rs.getObject("owner_id", UUID.class), rs.getString("channel"), rs.getString("campaign"),
				rs.getString("segment"));
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

}
