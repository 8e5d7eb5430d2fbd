package org.tandem.platform;

import java.util.Map;

/**
 * A page request whose sort key is checked against a whitelist of columns before it
 * reaches SQL, so a sort parameter can never inject anything.
 *
 * @param page zero-based page number
 * @param size page size, 1..200
 * @param sort the chosen sort key (one of the list's whitelisted keys)
 * @param descending sort direction
 */
public record PageQuery(int page, int size, String sort, boolean descending) {

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw new InputRejectedException(org.springframework.http.HttpStatus.BAD_REQUEST, "page",
					"must be zero or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InputRejectedException(org.springframework.http.HttpStatus.BAD_REQUEST, "size",
					"must be between 1 and " + MAX_SIZE);
		}
	}

	/**
	 * Parses a sort parameter such as {@code name} or {@code -createdAt}.
	 */
	public static PageQuery of(int page, int size, String sortParam, String defaultSort) {
		String raw = (sortParam == null || sortParam.isBlank()) ? defaultSort : sortParam.trim();
		boolean descending = raw.startsWith("-");
		return new PageQuery(page, size, descending ? raw.substring(1) : raw, descending);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/**
	 * The SQL {@code ORDER BY} body for this query, from the whitelist of sort keys to
	 * columns.
	 */
	public String orderBy(Map<String, String> columnsBySortKey) {
		String column = columnsBySortKey.get(this.sort);
		if (column == null) {
			throw new InputRejectedException(org.springframework.http.HttpStatus.BAD_REQUEST, "sort",
					"unknown sort key; allowed: " + String.join(", ", columnsBySortKey.keySet()));
		}
		return column + (this.descending ? " DESC" : " ASC");
	}

}
