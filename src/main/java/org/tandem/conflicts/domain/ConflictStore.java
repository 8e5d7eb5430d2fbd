package org.tandem.conflicts.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.conflicts.Cause;
import org.tandem.conflicts.ConflictStatus;
import org.tandem.conflicts.Note;
import org.tandem.identity.UserId;

/** Conflicts, their parties, causes and notes, as rows. */
@Component
public class ConflictStore {

	/** A conflict's row, with its parties' ids and its causes. */
	public record Row(UUID id, String title, String theme, String themeKey, String description, UserId raisedBy,
			String raisedByName, Instant raisedAt, ConflictStatus status, @Nullable UUID meeting,
			@Nullable String resolution, @Nullable Instant resolvedAt, long version, List<UserId> parties,
			Set<Cause> causes) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ConflictStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void insert(UUID id, String title, String theme, String themeKey, String description, UserId by,
			String byName, Instant at, Collection<UserId> parties, Collection<Cause> causes) {
		this.jdbc
			.sql("INSERT INTO conflicts_conflict (id, title, theme, theme_key, description, raised_by_id, "
					+ "raised_by_name, raised_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')")
			.params(id, title, theme, themeKey, description, by.value(), byName, Timestamp.from(at))
			.update();
		this.template.batchUpdate("INSERT INTO conflicts_party (conflict_id, user_id) VALUES (?, ?)",
				parties.stream().map(party -> new Object[] { id, party.value() }).toList());
		setCauses(id, causes);
	}

	public void setCauses(UUID id, Collection<Cause> causes) {
		this.jdbc.sql("DELETE FROM conflicts_cause WHERE conflict_id = ?").param(id).update();
		this.template.batchUpdate("INSERT INTO conflicts_cause (conflict_id, cause) VALUES (?, ?)",
				causes.stream().map(cause -> new Object[] { id, cause.name() }).toList());
	}

	public List<Row> all() {
		return rows(this.jdbc.sql("SELECT * FROM conflicts_conflict ORDER BY raised_at DESC")
			.query(ConflictStore::row)
			.list());
	}

	public Optional<Row> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM conflicts_conflict WHERE id = ?")
			.param(id)
			.query(ConflictStore::row)
			.optional()
			.map(row -> rows(List.of(row)).get(0));
	}

	private List<Row> rows(List<Row> bare) {
		if (bare.isEmpty()) {
			return bare;
		}
		Map<UUID, List<UserId>> parties = new HashMap<>();
		this.jdbc.sql("SELECT * FROM conflicts_party")
			.query((rs, n) -> parties.computeIfAbsent(rs.getObject("conflict_id", UUID.class), id -> new ArrayList<>())
				.add(new UserId(rs.getObject("user_id", UUID.class))))
			.list();
		Map<UUID, Set<Cause>> causes = new HashMap<>();
		this.jdbc.sql("SELECT * FROM conflicts_cause")
			.query((rs, n) -> causes
				.computeIfAbsent(rs.getObject("conflict_id", UUID.class), id -> EnumSet.noneOf(Cause.class))
				.add(Cause.valueOf(rs.getString("cause"))))
			.list();
		return bare.stream()
			.map(row -> new Row(row.id(), row.title(), row.theme(), row.themeKey(), row.description(), row.raisedBy(),
					row.raisedByName(), row.raisedAt(), row.status(), row.meeting(), row.resolution(), row.resolvedAt(),
					row.version(), parties.getOrDefault(row.id(), List.of()),
					causes.getOrDefault(row.id(), EnumSet.noneOf(Cause.class))))
			.toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
		return new Row(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("theme"),
				rs.getString("theme_key"), rs.getString("description"),
				new UserId(rs.getObject("raised_by_id", UUID.class)), rs.getString("raised_by_name"),
				rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
				ConflictStatus.valueOf(rs.getString("status")), rs.getObject("meeting_id", UUID.class),
				rs.getString("resolution"), resolved == null ? null : resolved.toInstant(), rs.getLong("version"),
				List.of(), Set.of());
	}

	/** Moves a conflict on, against the version read; false when it changed meanwhile. */
	public boolean update(UUID id, ConflictStatus status, @Nullable UUID meeting, @Nullable String resolution,
			@Nullable Instant resolvedAt, long version) {
		return this.jdbc
			.sql("UPDATE conflicts_conflict SET status = ?, meeting_id = ?, resolution = ?, resolved_at = ?, "
					+ "version = version + 1 WHERE id = ? AND version = ?")
			.params(status.name(), meeting, resolution, resolvedAt == null ? null : Timestamp.from(resolvedAt), id,
					version)
			.update() == 1;
	}

	public void insertNote(UUID conflict, Note note) {
		this.jdbc.sql("INSERT INTO conflicts_note (id, conflict_id, author_name, body, at) VALUES (?, ?, ?, ?, ?)")
			.params(note.id(), conflict, note.author(), note.body(), Timestamp.from(note.at()))
			.update();
	}

	public List<Note> notes(UUID conflict) {
		return this.jdbc.sql("SELECT * FROM conflicts_note WHERE conflict_id = ? ORDER BY at")
			.param(conflict)
			.query((rs, n) -> new Note(rs.getObject("id", UUID.class), rs.getString("author_name"),
					rs.getString("body"), rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
