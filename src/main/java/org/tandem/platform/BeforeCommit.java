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
 * A batch may gather work for other batches; rounds run until nothing is left. Items are
 * kept once each, in arrival order. Outside a transaction the work runs at once.
 * Transactions started with {@code REQUIRES_NEW} gather their own.
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
		pending().add(batch, item);
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

		void add(Batch<?> batch, Object item) {
			this.work.computeIfAbsent(batch, key -> new LinkedHashSet<>()).add(item);
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		void runNow(Batch<?> batch) {
			Set<Object> items = this.work.remove(batch);
			if (items != null) {
				((Batch) batch).run(new ArrayList<>(items));
			}
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public void beforeCommit(boolean readOnly) {
			while (!this.work.isEmpty()) {
				Map.Entry<Batch<?>, Set<Object>> next = this.work.entrySet().iterator().next();
				this.work.remove(next.getKey());
				((Batch) next.getKey()).run(new ArrayList<>(next.getValue()));
			}
		}

		@Override
		public void afterCompletion(int status) {
			this.work.clear();
		}

		@Override
		public int getOrder() {
			return Integer.MIN_VALUE;
		}

	}

}
