package org.tandem.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read from the database and kept for a short while: settings that every group of
 * leads reads (rules, deadlines, routes, the people) and that change rarely. A change
 * made on this instance forgets the value at once and again when the change's transaction
 * ends; another instance notices within the time the value is kept.
 *
 * @param <T> what is kept
 */
public final class Kept<T> {

	private final Supplier<T> read;

	private final long keptNanos;

	/** Counts changes, so that a value read while one was made is not kept. */
	private final AtomicLong changes = new AtomicLong();

	private volatile @Nullable Taken<T> taken;

	private record Taken<T>(T value, long at) {
	}

	public Kept(Duration kept, Supplier<T> read) {
		this.keptNanos = kept.toNanos();
		this.read = read;
	}

	/** The value read in the last while, else what is read now. */
	public T get() {
		Taken<T> last = this.taken;
		long now = System.nanoTime();
		if (last != null && now - last.at() < this.keptNanos) {
			return last.value();
		}
		long before = this.changes.get();
		T value = this.read.get();
		if (this.changes.get() == before) {
			this.taken = new Taken<>(value, now);
		}
		return value;
	}

	/** Forgets the value now and once the current transaction ends, however it ends. */
	public void forget() {
		clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					clear();
				}
			});
		}
	}

	private void clear() {
		this.changes.incrementAndGet();
		this.taken = null;
	}

}
