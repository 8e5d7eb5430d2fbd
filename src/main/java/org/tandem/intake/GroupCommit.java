package org.tandem.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.InputRejectedException;

/**
 * Group commit for lead intake: concurrent submissions wait in a queue, a committer takes
 * all that are waiting and stores, scores and routes them in one transaction, and each
 * caller is answered only after that commit. One commit for many leads is what lets the
 * intake keep up with an ad platform's burst without trading away durability.
 *
 * <p>
 * If a group fails (one bad lead, a race with another writer), each of its leads is tried
 * again alone, so one lead never costs the others theirs. Two first submissions of one
 * person racing through different paths meet the unique email: the loser tries once more
 * and finds the winner's contact.
 */
@Component
public class GroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private static final int MAX_GROUP = 256;

	private final IntakeDesk desk;

	private final TransactionTemplate transactions;

	private final BlockingQueue<Waiting> queue;

	private final int committers;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	GroupCommit(IntakeDesk desk, PlatformTransactionManager transactionManager,
			@Value("${tandem.intake.committers:2}") int committers,
			@Value("${tandem.intake.queue:4096}") int capacity) {
		this.desk = desk;
		this.transactions = new TransactionTemplate(transactionManager);
		this.committers = committers;
		this.queue = new ArrayBlockingQueue<>(capacity);
	}

	/** A lead waiting for its group, with who sent it (the actor of its history). */
	private record Waiting(LeadSubmission lead, SecurityContext sender, CompletableFuture<IntakeResult> result) {
	}

	/**
	 * Takes one lead in and answers once it is committed. A full queue answers 503: the
	 * caller retries later.
	 */
	public IntakeResult submit(LeadSubmission lead) {
		return await(enqueue(lead));
	}

	/**
	 * Takes many leads in together; each answer is the lead's result or the reason it was
	 * refused.
	 */
	public List<CompletableFuture<IntakeResult>> submitAll(List<LeadSubmission> leads) {
		List<CompletableFuture<IntakeResult>> results = new ArrayList<>();
		for (LeadSubmission lead : leads) {
			results.add(enqueue(lead));
		}
		results.forEach(result -> result.handle((value, failure) -> null).join());
		return results;
	}

	/** The answer of a completed submission, with the reason it was refused as thrown. */
	public static IntakeResult await(CompletableFuture<IntakeResult> result) {
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

	private CompletableFuture<IntakeResult> enqueue(LeadSubmission lead) {
		CompletableFuture<IntakeResult> result = new CompletableFuture<>();
		if (!this.running) {
			// not started yet or stopping: commit alone, in the caller's thread
			try {
				result.complete(alone(lead));
			}
			catch (RuntimeException ex) {
				result.completeExceptionally(ex);
			}
			return result;
		}
		try {
			if (!this.queue.offer(new Waiting(lead, SecurityContextHolder.getContext(), result), 5, TimeUnit.SECONDS)) {
				result.completeExceptionally(busy());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			result.completeExceptionally(busy());
		}
		return result;
	}

	private static InputRejectedException busy() {
		return new InputRejectedException(HttpStatus.SERVICE_UNAVAILABLE, "lead",
				"the intake is busy; retry in a second");
	}

	private void commitLoop() {
		List<Waiting> group = new ArrayList<>(MAX_GROUP);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Waiting first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				this.queue.drainTo(group, MAX_GROUP - 1);
				commit(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("intake group commit failed", ex);
				group.forEach(waiting -> waiting.result().completeExceptionally(ex));
			}
			finally {
				group.clear();
			}
		}
	}

	private void commit(List<Waiting> group) {
		List<IntakeResult> results;
		try {
			results = this.transactions.execute(status -> {
				List<IntakeResult> stored = new ArrayList<>(group.size());
				for (Waiting waiting : group) {
					SecurityContextHolder.setContext(waiting.sender());
					stored.add(this.desk.submit(waiting.lead()));
				}
				return stored;
			});
		}
		catch (RuntimeException groupFailed) {
			group.forEach(this::alone);
			return;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		for (int i = 0; i < group.size(); i++) {
			group.get(i).result().complete(results.get(i));
		}
	}

	private void alone(Waiting waiting) {
		SecurityContextHolder.setContext(waiting.sender());
		try {
			waiting.result().complete(alone(waiting.lead()));
		}
		catch (RuntimeException ex) {
			waiting.result().completeExceptionally(ex);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private IntakeResult alone(LeadSubmission lead) {
		try {
			return this.desk.submit(lead);
		}
		catch (DuplicateKeyException ex) {
			return this.desk.submit(lead);
		}
		catch (InputRejectedException ex) {
			if (ex.getStatusCode().value() == 409 && "email".equals(ex.field())) {
				return this.desk.submit(lead);
			}
			throw ex;
		}
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 0; i < this.committers; i++) {
			Thread thread = new Thread(this::commitLoop, "intake-commit-" + i);
			thread.setDaemon(true);
			thread.start();
			this.threads.add(thread);
		}
	}

	/** Commits what is waiting, then stops taking leads in through the queue. */
	@Override
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
		List<Waiting> late = new ArrayList<>();
		this.queue.drainTo(late);
		late.forEach(this::alone);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
