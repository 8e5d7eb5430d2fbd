package org.tandem.intake.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.tandem.identity.UserId;
import org.tandem.intake.DuplicatePolicy;
import org.tandem.intake.ImportKind;
import org.tandem.intake.ImportTarget;

/**
 * CSV imports, their progress and the rows they could not take.
 */
@Component
public class ImportStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ImportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An import as its pages show it. */
	public record Import(UUID id, UserId owner, String fileName, String storedFile, long sizeBytes, char delimiter,
			List<String> headers, @Nullable List<ImportTarget> mapping, DuplicatePolicy policy, String status,
			long bytesRead, int processed, int created, int updated, int skipped, int failed, Instant createdAt,
			@Nullable Instant finishedAt, ImportKind kind, @Nullable String dateFormat) {

		public int percent() {
			if ("DONE".equals(this.status)) {
				return 100;
			}
			return this.sizeBytes == 0 ? 0 : (int) Math.min(99, 100 * this.bytesRead / this.sizeBytes);
		}

		public boolean running() {
			return "RUNNING".equals(this.status);
		}

	}

	/** A row the import could not take. */
	public record RowError(long line, String field, String message) {
	}

	public void create(UUID id, UserId owner, String fileName, String storedFile, long size, char delimiter,
			List<String> headers, ImportKind kind, Instant at) {
		this.jdbc
			.sql("INSERT INTO intake_import (id, owner_id, file_name, stored_file, size_bytes, delimiter, headers, "
					+ "kind, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'UPLOADED', ?)")
			.params(id, owner.value(), fileName, storedFile, size, String.valueOf(delimiter),
					JSON.writeValueAsString(headers), kind.name(), Timestamp.from(at))
			.update();
	}

	/** Reads an uploaded file again with another delimiter, before it starts. */
	public void reread(UUID id, char delimiter, List<String> headers) {
		this.jdbc.sql("UPDATE intake_import SET delimiter = ?, headers = ? WHERE id = ? AND status = 'UPLOADED'")
			.params(String.valueOf(delimiter), JSON.writeValueAsString(headers), id)
			.update();
	}

	public Optional<Import> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM intake_import WHERE id = ?").param(id).query(ImportStore::map).optional();
	}

	public List<Import> recent(int limit) {
		return this.jdbc.sql("SELECT * FROM intake_import ORDER BY created_at DESC LIMIT ?")
			.param(limit)
			.query(ImportStore::map)
			.list();
	}

	/** Starts an uploaded import with its mapping; false when it was already started. */
	public boolean start(UUID id, List<ImportTarget> mapping, DuplicatePolicy policy, @Nullable String dateFormat,
			Instant at) {
		return this.jdbc
			.sql("UPDATE intake_import SET mapping = ?, policy = ?, date_format = ?, status = 'RUNNING', "
					+ "started_at = ? WHERE id = ? AND status = 'UPLOADED'")
			.params(JSON.writeValueAsString(mapping), policy.name(), dateFormat, Timestamp.from(at), id)
			.update() == 1;
	}

	public void progress(UUID id, long bytesRead, int processed, int created, int updated, int skipped, int failed) {
		this.jdbc
			.sql("UPDATE intake_import SET bytes_read = ?, processed = ?, created = ?, updated = ?, skipped = ?, "
					+ "failed = ? WHERE id = ?")
			.params(bytesRead, processed, created, updated, skipped, failed, id)
			.update();
	}

	public void finish(UUID id, String status, Instant at) {
		this.jdbc.sql("UPDATE intake_import SET status = ?, finished_at = ? WHERE id = ?")
			.params(status, Timestamp.from(at), id)
			.update();
	}

	public void errors(UUID id, List<RowError> errors) {
		for (RowError error : errors) {
			this.jdbc.sql("INSERT INTO intake_import_error (import_id, line, field, message) VALUES (?, ?, ?, ?)")
				.params(id, error.line(), error.field(),
						error.message().length() > 500 ? error.message().substring(0, 500) : error.message())
				.update();
		}
	}

	public List<RowError> errors(UUID id) {
		return this.jdbc.sql("SELECT line, field, message FROM intake_import_error WHERE import_id = ? ORDER BY line")
			.param(id)
			.query((rs, row) -> new RowError(rs.getLong("line"), rs.getString("field"), rs.getString("message")))
			.list();
	}

	private static Import map(ResultSet rs, int row) throws SQLException {
		String mapping = rs.getString("mapping");
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new Import(rs.getObject("id", UUID.class), new UserId(rs.getObject("owner_id", UUID.class)),
				rs.getString("file_name"), rs.getString("stored_file"), rs.getLong("size_bytes"),
				rs.getString("delimiter").charAt(0),
				JSON.readValue(rs.getString("headers"), new TypeReference<List<String>>() {
				}), mapping == null ? null : JSON.readValue(mapping, new TypeReference<List<ImportTarget>>() {
				}), DuplicatePolicy.valueOf(rs.getString("policy")), rs.getString("status"), rs.getLong("bytes_read"),
				rs.getInt("processed"), rs.getInt("created"), rs.getInt("updated"), rs.getInt("skipped"),
				rs.getInt("failed"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant(), ImportKind.valueOf(rs.getString("kind")),
				rs.getString("date_format"));
	}

}
