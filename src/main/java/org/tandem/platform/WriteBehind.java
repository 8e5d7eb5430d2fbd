package org.tandem.platform;

import java.sql.Types;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;

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

	/** The columns known to hold text, from the rows written so far. */
	private final AtomicIntegerArray text;

	public WriteBehind(JdbcTemplate jdbc, String insert) {
		this.text = new AtomicIntegerArray(parameterCount(insert));
		this.rows = (List<Object[]> batch) -> jdbc.batchUpdate(insert, batch, types(batch));
	}

	public void add(Object... row) {
		BeforeCommit.deferWrite(this.rows, row);
	}

	/** Writes the rows gathered so far now. */
	public void flush() {
		BeforeCommit.runNow(this.rows);
	}

	/**
	 * The SQL type of each column: text for a column that has held text, so that an empty
	 * (null) text is sent as text too. The PostgreSQL driver keeps a statement prepared
	 * only while its parameters keep their types; a null sent without one would have it
	 * prepared again for nearly every batch.
	 */
	private int[] types(List<Object[]> batch) {
		int[] types = new int[this.text.length()];
		for (int column = 0; column < types.length; column++) {
			boolean other = false;
			for (Object[] row : batch) {
				if (column >= row.length) {
					continue;
				}
				if (row[column] instanceof String) {
					this.text.set(column, 1);
				}
				else if (row[column] != null) {
					other = true;
				}
			}
			types[column] = this.text.get(column) == 1 && !other ? Types.VARCHAR : SqlTypeValue.TYPE_UNKNOWN;
		}
		return types;
	}

	/** How many parameters ({@code ?}) the insert takes. */
	private static int parameterCount(String insert) {
		return (int) insert.chars().filter(c -> c == '?').count();
	}

}
