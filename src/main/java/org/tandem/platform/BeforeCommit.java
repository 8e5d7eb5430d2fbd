package org.tandem.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work a transaction gathers as it goes and does once, just before it commits. A group
 * commit of many leads scores them in one batch and routes the qualified ones in another,
 * inside the same transaction: what is acknowledged is stored, scored and assigned, or
 * none of it is.
 *
 * <p>
 * A batch may gather work for other batches; rounds run until nothing is left. Rows to
 * write ({@link #deferWrite}) wait until no other work is left, so that rows gathered in
 * several rounds go in one batch. Items are kept once each, in arrival order. Outside a
 * transaction the work runs at once. Transactions started with {@code REQUIRES_NEW}
 * gather their own.
 */
public final class BeforeCommit {

	private BeforeCommit() {
	}

	/** Work done for many items at once. */
	@FunctionalInterface
	public interface Batch<T> {

		void run(List<T> items);

	}

	/**
	 * Adds an item to the batch. Items gather per {@code batch} instance, so callers keep
	 * one instance in a field rather than passing a fresh method reference each time.
	 */
	public static <T> void defer(Batch<T> batch, T item) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			batch.run(List.of(item));
			return;
		}
		pending().work(batch, item);
	}

	/**
	 * {@link #defer} for rows that nothing else in the transaction reads (history, audit,
	 * outgoing messages): they are written after every other batch has run.
	 */
	public static <T> void deferWrite(Batch<T> batch, T item) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			batch.run(List.of(item));
			return;
		}
		pending().write(batch, item);
	}

	/**
	 * Does what the batch gathered so far at once, for a statement that must see it (say,
	 * a delete of rows still waiting to be written).
	 */
	public static <T> void runNow(Batch<T> batch) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Pending pending) {
				pending.runNow(batch);
			}
		}
	}

	private static Pending pending() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Pending pending) {
				return pending;
			}
		}
		Pending pending = new Pending();
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	private static final class Pending implements TransactionSynchronization {

		private final Map<Batch<?>, Set<Object>> work = new LinkedHashMap<>();

		private final Map<Batch<?>, Set<Object>> writes = new LinkedHashMap<>();

		void work(Batch<?> batch, Object item) {
			this.work.computeIfAbsent(batch, key -> new LinkedHashSet<>()).add(item);
		}

		void write(Batch<?> batch, Object item) {
			this.writes.computeIfAbsent(batch, key -> new LinkedHashSet<>()).add(item);
		}

		void runNow(Batch<?> batch) {
			run(batch, this.work.remove(batch));
			run(batch, this.writes.remove(batch));
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			while (!this.work.isEmpty() || !this.writes.isEmpty()) {
				Map<Batch<?>, Set<Object>> tier = this.work.isEmpty() ? this.writes : this.work;
				Map.Entry<Batch<?>, Set<Object>> next = tier.entrySet().iterator().next();
				tier.remove(next.getKey());
				run(next.getKey(), next.getValue());
			}
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		private static void run(Batch<?> batch, Set<Object> items) {
			if (items != null) {
				((Batch) batch).run(new ArrayList<>(items));
			}
		}

		@Override
		public void afterCompletion(int status) {
			this.work.clear();
			this.writes.clear();
		}

		@Override
		public int getOrder() {
			return Integer.MIN_VALUE;
		}

	}

}
