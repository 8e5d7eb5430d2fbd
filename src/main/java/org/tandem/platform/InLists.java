package org.tandem.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads by many ids at once, as {@code id IN (?, ?, …)} in chunks small enough for any
 * database's limit on bound parameters.
 */
public final class InLists {

	static final int CHUNK = 500;

	private InLists() {
	}

	/**
	 * Runs a query that names its list {@code :values}, as in
	 * {@code WHERE id IN (:values)}, once per chunk of {@code values} (JDBC values:
	 * UUIDs, strings), and gathers the rows of every chunk.
	 */
	public static <T> List<T> select(JdbcClient jdbc, String sql, Collection<?> values, RowMapper<T> rows) {
		List<T> found = new ArrayList<>();
		for (List<?> chunk : chunks(values)) {
			found.addAll(jdbc.sql(sql).param("values", chunk).query(rows).list());
		}
		return found;
	}

	public static <T> List<List<T>> chunks(Collection<T> values) {
		List<T> all = List.copyOf(values);
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

	/** {@code ?, ?, ?} for {@code count} parameters. */
	public static String marks(int count) {
		return String.join(",", Collections.nCopies(count, "?"));
	}

}
