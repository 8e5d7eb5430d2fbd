package org.tandem.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: concurrent callers' items wait in a queue, a committer thread takes all
 * that are waiting and handles them in one transaction, and each caller is answered only
 * after that commit. One commit for many items is what lets a burst be taken in without
 * trading away durability.
 *
 * <p>
 * Each committer has its own queue, and an item goes to the queue its key hashes to: two
 * items with one key are never committed by two committers at once. Items are committed
 * together with those of the same sender (the actor of what they write). If a group fails
 * anyway (one bad item, a race with another writer), each of its items is handled again
 * alone, so one item never costs the others theirs.
 *
 * @param <T> what callers hand in
 * @param <R> the answer each gets
 */
public final class GroupCommitter<T, R> {

	private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);

	private static final int MAX_GROUP = 256;

	/** Handles a group in the committer's transaction: an outcome per item, in order. */
	@FunctionalInterface
	public interface Together<T, R> {

		List<Outcome<R>> handle(List<T> items);

	}

	/** Handles one item in a transaction of its own. */
	@FunctionalInterface
	public interface Alone<T, R> {

		R handle(T item);

	}

	private final String name;

	private final TransactionTemplate transactions;

	private final Function<T, String> key;

	private final Together<T, R> together;

	private final Alone<T, R> alone;

	private final List<BlockingQueue<Waiting<T, R>>> queues = new ArrayList<>();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	/**
	 * @param name names the threads, and the field of the answer when the queues are full
	 * @param key which queue an item waits in
	 * @param together how a group is handled
	 * @param alone how an item is handled when it cannot be grouped
	 */
	public GroupCommitter(String name, PlatformTransactionManager transactionManager, int committers, int capacity,
			Function<T, String> key, Together<T, R> together, Alone<T, R> alone) {
		this.name = name;
		this.transactions = new TransactionTemplate(transactionManager);
		this.key = key;
		this.together = together;
		this.alone = alone;
		for (int i = 0; i < Math.max(1, committers); i++) {
			this.queues.add(new ArrayBlockingQueue<>(Math.max(1, capacity / Math.max(1, committers))));
		}
	}

	/** An item waiting for its group, with who sent it. */
	private record Waiting<T, R>(T item, SecurityContext sender, CompletableFuture<R> result) {
	}

	/**
	 * Takes one item in and answers once it is committed. A full queue answers 503: the
	 * caller retries later.
	 */
	public R submit(T item) {
		return await(enqueue(item));
	}

	/**
	 * Takes an item in; the answer, read with {@link #await}, is its result or the reason
	 * it was refused.
	 */
	public CompletableFuture<R> enqueue(T item) {
		CompletableFuture<R> result = new CompletableFuture<>();
		if (!this.running) {
			// not started yet or stopping: handled alone, in the caller's thread
			try {
				result.complete(this.alone.handle(item));
			}
			catch (RuntimeException ex) {
				result.completeExceptionally(ex);
			}
			return result;
		}
		try {
			if (!queueOf(item).offer(new Waiting<>(item, SecurityContextHolder.getContext(), result), 5,
					TimeUnit.SECONDS)) {
				result.completeExceptionally(busy());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			result.completeExceptionally(busy());
		}
		return result;
	}

	/** The answer of a completed submission, with the reason it was refused as thrown. */
	public <V> V await(CompletableFuture<V> result) {
		try {
			return result.get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw busy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
	}

	private BlockingQueue<Waiting<T, R>> queueOf(T item) {
		return this.queues.get(Math.floorMod(this.key.apply(item).hashCode(), this.queues.size()));
	}

	private InputRejectedException busy() {
		return new InputRejectedException(HttpStatus.SERVICE_UNAVAILABLE, this.name, "busy; retry in a second");
	}

	private void commitLoop(BlockingQueue<Waiting<T, R>> queue) {
		List<Waiting<T, R>> group = new ArrayList<>(MAX_GROUP);
		while (this.running || !queue.isEmpty()) {
			try {
				Waiting<T, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				queue.drainTo(group, MAX_GROUP - 1);
				commit(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("{} group commit failed", this.name, ex);
				group.forEach(waiting -> waiting.result().completeExceptionally(ex));
			}
			finally {
				group.clear();
			}
		}
	}

	private void commit(List<Waiting<T, R>> waiting) {
		Map<String, List<Waiting<T, R>>> bySender = new LinkedHashMap<>();
		for (Waiting<T, R> item : waiting) {
			Authentication sender = item.sender().getAuthentication();
			bySender.computeIfAbsent(sender == null ? "" : sender.getName(), who -> new ArrayList<>()).add(item);
		}
		bySender.values().forEach(this::commitTogether);
	}

	private void commitTogether(List<Waiting<T, R>> group) {
		List<Outcome<R>> outcomes;
		try {
			SecurityContextHolder.setContext(group.get(0).sender());
			outcomes = this.transactions
				.execute(status -> this.together.handle(group.stream().map(Waiting::item).toList()));
		}
		catch (RuntimeException groupFailed) {
			group.forEach(this::alone);
			return;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		for (int i = 0; i < group.size(); i++) {
			Outcome<R> outcome = outcomes.get(i);
			if (outcome.isRefused()) {
				group.get(i).result().completeExceptionally(outcome.refusal());
			}
			else {
				group.get(i).result().complete(outcome.get());
			}
		}
	}

	private void alone(Waiting<T, R> waiting) {
		SecurityContextHolder.setContext(waiting.sender());
		try {
			waiting.result().complete(this.alone.handle(waiting.item()));
		}
		catch (RuntimeException ex) {
			waiting.result().completeExceptionally(ex);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Starts the committers. */
	public void start() {
		this.running = true;
		for (int i = 0; i < this.queues.size(); i++) {
			BlockingQueue<Waiting<T, R>> queue = this.queues.get(i);
			Thread thread = new Thread(() -> commitLoop(queue), this.name + "-commit-" + i);
			thread.setDaemon(true);
			thread.start();
			this.threads.add(thread);
		}
	}

	/** Commits what is waiting, then stops taking items in through the queues. */
	public void stop() {
		this.running = false;
		for (Thread thread : this.threads) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
		List<Waiting<T, R>> late = new ArrayList<>();
		this.queues.forEach(queue -> queue.drainTo(late));
		late.forEach(this::alone);
	}

	public boolean isRunning() {
		return this.running;
	}

}
