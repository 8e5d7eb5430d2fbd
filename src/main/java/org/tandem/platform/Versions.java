package org.tandem.platform;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

/**
 * Optimistic locking for changes made from a form or the API: the caller sends the
 * version it saw, and a record changed since then is refused rather than silently
 * overwritten.
 */
public final class Versions {

	private Versions() {
	}

	public static void requireCurrent(@Nullable Long seen, @Nullable Long current, String record) {
		if (seen == null) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "version", "is required to change a record");
		}
		if (!Objects.equals(seen, current)) {
			throw new OptimisticLockingFailureException(record + " changed since version " + seen);
		}
	}

}
