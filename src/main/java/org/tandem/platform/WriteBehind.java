package org.tandem.platform;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An insert into an append-only table (history, audit, activities, notices) whose rows a
 * transaction gathers and writes as one JDBC batch just before it commits: a group commit
 * of many leads writes their history in a few round trips instead of one per row.
 *
 * <p>
 * Rows are written in the order they were added. Code that reads, changes or deletes the
 * table within the same transaction calls {@link #flush()} first.
 */
public final class WriteBehind {

	private final BeforeCommit.Batch<Object[]> rows;

	public WriteBehind(JdbcTemplate jdbc, String insert) {
		this.rows = (List<Object[]> batch) -> jdbc.batchUpdate(insert, batch);
	}

	public void add(Object... row) {
		BeforeCommit.defer(this.rows, row);
	}

	/** Writes the rows gathered so far now. */
	public void flush() {
		BeforeCommit.runNow(this.rows);
	}

}
