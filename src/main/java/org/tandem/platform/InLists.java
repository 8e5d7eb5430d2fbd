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

	static final int CHUNK = 512;

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
			found.addAll(jdbc.sql(sql).param("values", padded(chunk)).query(rows).list());
		}
		return found;
	}

	/**
	 * The chunk lengthened to the next power of two by repeating its last value, which an
	 * {@code IN} list does not mind: a query then has a few texts rather than one per
	 * length, and the database keeps each prepared instead of parsing it every time.
	 */
	public static <T> List<T> padded(List<T> chunk) {
		int length = paddedLength(chunk.size());
		if (length == chunk.size()) {
			return chunk;
		}
		List<T> padded = new ArrayList<>(length);
		padded.addAll(chunk);
		T last = chunk.get(chunk.size() - 1);
		while (padded.size() < length) {
			padded.add(last);
		}
		return padded;
	}

	/**
	 * The next power of two from {@code size}: the length {@link #padded} gives a list.
	 */
	public static int paddedLength(int size) {
		return size <= 1 || Integer.bitCount(size) == 1 ? size : Integer.highestOneBit(size) << 1;
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
