package org.tandem.analytics.domain;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.analytics.Dashboard;
import org.tandem.analytics.SavedReport;
import org.tandem.identity.UserId;

/**
 * Saved report definitions, as rows.
 */
@Component
public class ReportStore {

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(SavedReport report, UserId owner) {
		this.jdbc
			.sql("INSERT INTO analytics_report (id, name, view_name, query, owner_id, owner_name, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(report.id(), report.name(), report.dashboard().name(), report.query(), owner.value(),
					report.ownerName(), Timestamp.from(report.createdAt()))
			.update();
	}

	public Optional<SavedReport> find(UUID id) {
		return all().stream().filter(report -> report.id().equals(id)).findFirst();
	}

	public List<SavedReport> all() {
		return this.jdbc.sql("SELECT * FROM analytics_report ORDER BY view_name, name, id")
			.query((rs, row) -> new SavedReport(rs.getObject("id", UUID.class), rs.getString("name"),
					Dashboard.valueOf(rs.getString("view_name")), rs.getString("query"), rs.getString("owner_name"),
					rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Deletes a report if {@code owner} saved it (or anyone, when null); true when
	 * deleted.
	 */
	public boolean delete(UUID id, UserId owner, boolean anyOwner) {
		return (anyOwner ? this.jdbc.sql("DELETE FROM analytics_report WHERE id = ?").param(id)
				: this.jdbc.sql("DELETE FROM analytics_report WHERE id = ? AND owner_id = ?").params(id, owner.value()))
			.update() == 1;
	}

}
