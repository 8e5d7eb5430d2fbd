package org.tandem.analytics.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.analytics.Cadence;
import org.tandem.analytics.ReportSchedule;
import org.tandem.identity.UserId;

/**
 * Delivery schedules of saved reports, as rows.
 */
@Component
public class ScheduleStore {

	private final JdbcClient jdbc;

	ScheduleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ReportSchedule schedule) {
		this.jdbc
			.sql("INSERT INTO analytics_schedule (id, report_id, cadence, pdf, csv, recipients, locale, owner_id, "
					+ "next_run_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(schedule.id(), schedule.report(), schedule.cadence().name(), schedule.pdf(), schedule.csv(),
					String.join(",", schedule.recipients()), schedule.locale(), schedule.owner().value(),
					Timestamp.from(schedule.nextRunAt()), Timestamp.from(schedule.createdAt()))
			.update();
	}

	public Optional<ReportSchedule> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM analytics_schedule WHERE id = ?")
			.param(id)
			.query(ScheduleStore::map)
			.optional();
	}

	public List<ReportSchedule> all() {
		return this.jdbc.sql("SELECT * FROM analytics_schedule ORDER BY created_at").query(ScheduleStore::map).list();
	}

	/** The schedules due by {@code now}, the longest waiting first. */
	public List<ReportSchedule> due(Instant now, int limit) {
		return this.jdbc.sql("SELECT * FROM analytics_schedule WHERE next_run_at <= ? ORDER BY next_run_at LIMIT ?")
			.params(Timestamp.from(now), limit)
			.query(ScheduleStore::map)
			.list();
	}

	/**
	 * Takes a due run by moving the next run forward from the one seen; false when
	 * another instance took it first.
	 */
	public boolean claim(UUID id, Instant seen, Instant next) {
		return this.jdbc.sql("UPDATE analytics_schedule SET next_run_at = ? WHERE id = ? AND next_run_at = ?")
			.params(Timestamp.from(next), id, Timestamp.from(seen))
			.update() == 1;
	}

	public void ran(UUID id, Instant at, String status, @Nullable String error) {
		this.jdbc.sql("UPDATE analytics_schedule SET last_run_at = ?, last_status = ?, last_error = ? WHERE id = ?")
			.params(Timestamp.from(at), status,
					error == null ? null : error.length() > 500 ? error.substring(0, 500) : error, id)
			.update();
	}

	public boolean delete(UUID id) {
		return this.jdbc.sql("DELETE FROM analytics_schedule WHERE id = ?").param(id).update() == 1;
	}

	private static ReportSchedule map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime last = rs.getObject("last_run_at", OffsetDateTime.class);
		return new ReportSchedule(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
				Cadence.valueOf(rs.getString("cadence")), rs.getBoolean("pdf"), rs.getBoolean("csv"),
				Arrays.asList(rs.getString("recipients").split(",")), rs.getString("locale"),
				new UserId(rs.getObject("owner_id", UUID.class)),
				rs.getObject("next_run_at", OffsetDateTime.class).toInstant(), last == null ? null : last.toInstant(),
				rs.getString("last_status"), rs.getString("last_error"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
