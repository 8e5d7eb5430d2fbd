package org.tandem.leadership.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.identity.UserId;

/** Kudos between colleagues, as rows. */
@Component
public class KudosStore {

	/** A row: who thanked whom, for what, when. */
	public record Row(UUID id, UserId from, String fromName, UserId to, String toName, String message, Instant at) {
	}

	private final JdbcClient jdbc;

	KudosStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Row row) {
		this.jdbc
			.sql("INSERT INTO leadership_kudos (id, from_id, from_name, to_id, to_name, message, at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(row.id(), row.from().value(), row.fromName(), row.to().value(), row.toName(), row.message(),
					Timestamp.from(row.at()))
			.update();
	}

	public List<Row> latest(int limit) {
		return this.jdbc.sql("SELECT * FROM leadership_kudos ORDER BY at DESC LIMIT ?")
			.param(limit)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), new UserId(rs.getObject("from_id", UUID.class)),
					rs.getString("from_name"), new UserId(rs.getObject("to_id", UUID.class)), rs.getString("to_name"),
					rs.getString("message"), rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public long since(Instant since) {
		return this.jdbc.sql("SELECT COUNT(*) FROM leadership_kudos WHERE at >= ?")
			.param(Timestamp.from(since))
			.query(Long.class)
			.single();
	}

}
