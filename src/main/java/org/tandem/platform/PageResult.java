package org.tandem.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list with the total count, as both the HTML lists and the API return it.
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

}
