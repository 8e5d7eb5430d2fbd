package org.tandem.broadcast.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.InLists;

/**
 * The broadcast outbox: events waiting for the broker, and for a while those it took.
 */
@Repository
public class OutboxStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	OutboxStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** An event as it goes out: its id, type, schema version, moment and JSON body. */
	public record Outgoing(UUID id, String type, int version, Instant occurredAt, String payload) {
	}

	/**
	 * Writes the events; one whose id is there already (the same event told twice) is
	 * kept once.
	 */
	public void insert(List<Outgoing> events) {
		this.template.batchUpdate(
				"INSERT INTO broadcast_outbox (id, type, version, occurred_at, payload) VALUES (?, ?, ?, ?, ?) "
						+ "ON CONFLICT DO NOTHING",
				events.stream()
					.map(event -> new Object[] { event.id(), event.type(), event.version(),
							Timestamp.from(event.occurredAt()), event.payload() })
					.toList());
	}

	/**
	 * Claims up to {@code limit} waiting events, oldest first, until {@code until}: those
	 * another instance holds are left to it, and those whose claim ran out (their
	 * instance stopped) are taken over.
	 */
	public List<Outgoing> claim(Instant now, Instant until, int limit) {
		List<UUID> waiting = this.jdbc
			.sql("SELECT id FROM broadcast_outbox WHERE published_at IS NULL "
					+ "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY seq LIMIT ?")
			.params(Timestamp.from(now), limit)
			.query(UUID.class)
			.list();
		if (waiting.isEmpty()) {
			return List.of();
		}
		int[] won = this.template.batchUpdate(
				"UPDATE broadcast_outbox SET claimed_until = ?, attempts = attempts + 1 WHERE id = ? "
						+ "AND published_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)",
				waiting.stream().map(id -> new Object[] { Timestamp.from(until), id, Timestamp.from(now) }).toList());
		List<UUID> mine = new ArrayList<>();
		for (int i = 0; i < won.length; i++) {
			if (won[i] == 1) {
				mine.add(waiting.get(i));
			}
		}
		return InLists.select(this.jdbc, "SELECT * FROM broadcast_outbox WHERE id IN (:values) ORDER BY seq", mine,
				OutboxStore::outgoing);
	}

	/** The broker confirmed these: they are done. */
	public void published(Collection<UUID> ids, Instant at) {
		this.template.batchUpdate("UPDATE broadcast_outbox SET published_at = ?, claimed_until = NULL WHERE id = ?",
				ids.stream().map(id -> new Object[] { Timestamp.from(at), id }).toList());
	}

	/** The broker was away: these wait for the next try, by any instance. */
	public void release(Collection<UUID> ids) {
		this.template.batchUpdate(
				"UPDATE broadcast_outbox SET claimed_until = NULL WHERE id = ? AND published_at IS NULL",
				ids.stream().map(id -> new Object[] { id }).toList());
	}

	/** How many events wait, and since when the oldest. */
	public Backlog backlog() {
		return this.jdbc
			.sql("SELECT COUNT(*) AS waiting, MIN(occurred_at) AS oldest FROM broadcast_outbox "
					+ "WHERE published_at IS NULL")
			.query((rs, row) -> {
				OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
				return new Backlog(rs.getLong("waiting"), oldest == null ? null : oldest.toInstant());
			})
			.single();
	}

	/** What waits for the broker. */
	public record Backlog(long waiting, @Nullable Instant oldest) {
	}

	/** Forgets events published before {@code before}; returns how many. */
	public int forgetPublishedBefore(Instant before) {
		return this.jdbc.sql("DELETE FROM broadcast_outbox WHERE published_at < ?")
			.param(Timestamp.from(before))
			.update();
	}

	private static Outgoing outgoing(ResultSet rs, int row) throws SQLException {
		return new Outgoing(rs.getObject("id", UUID.class), rs.getString("type"), rs.getInt("version"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("payload"));
	}

}
