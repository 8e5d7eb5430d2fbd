package org.tandem.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Outcome;

/**
 * Group commit for lead intake: concurrent submissions wait in a queue, a committer takes
 * all that are waiting and stores, scores and routes them in one transaction, and each
 * caller is answered only after that commit. One commit for many leads is what lets the
 * intake keep up with an ad platform's burst without trading away durability.
 *
 * <p>
 * Each committer has its own queue, and a lead goes to the queue its company (or, without
 * one, its email) hashes to: two leads of one company or one person are never committed
 * by two committers at once, so they neither create the company twice nor race for the
 * email. If a group fails anyway (one bad lead, a race with another writer), each of its
 * leads is tried again alone, so one lead never costs the others theirs; the loser of a
 * race for an email tries once more and finds the winner's contact.
 */
@Component
public class GroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private static final int MAX_GROUP = 256;

	private final IntakeDesk desk;

	private final TransactionTemplate transactions;

	private final List<BlockingQueue<Waiting>> queues = new ArrayList<>();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	GroupCommit(IntakeDesk desk, PlatformTransactionManager transactionManager,
			@Value("${tandem.intake.committers:2}") int committers,
			@Value("${tandem.intake.queue:4096}") int capacity) {
		this.desk = desk;
		this.transactions = new TransactionTemplate(transactionManager);
		for (int i = 0; i < Math.max(1, committers); i++) {
			this.queues.add(new ArrayBlockingQueue<>(Math.max(1, capacity / Math.max(1, committers))));
		}
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
	 * Takes many leads in together; each answer, read with {@link #await}, is the lead's
	 * result or the reason it was refused.
	 */
	public List<CompletableFuture<IntakeResult>> submitAll(List<LeadSubmission> leads) {
		List<CompletableFuture<IntakeResult>> results = new ArrayList<>();
		for (LeadSubmission lead : leads) {
			results.add(enqueue(lead));
		}
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
			if (!queueOf(lead).offer(new Waiting(lead, SecurityContextHolder.getContext(), result), 5,
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

	private BlockingQueue<Waiting> queueOf(LeadSubmission lead) {
		String key = lead.company() != null && !lead.company().isBlank() ? lead.company() : lead.email();
		return this.queues.get(Math.floorMod(key.strip().toLowerCase(Locale.ROOT).hashCode(), this.queues.size()));
	}

	private static InputRejectedException busy() {
		return new InputRejectedException(HttpStatus.SERVICE_UNAVAILABLE, "lead",
				"the intake is busy; retry in a second");
	}

	private void commitLoop(BlockingQueue<Waiting> queue) {
		List<Waiting> group = new ArrayList<>(MAX_GROUP);
		while (this.running || !queue.isEmpty()) {
			try {
				Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
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
				log.error("intake group commit failed", ex);
				group.forEach(waiting -> waiting.result().completeExceptionally(ex));
			}
			finally {
				group.clear();
			}
		}
	}

	private void commit(List<Waiting> waiting) {
		// the history of a lead names who sent it: each sender's leads commit together
		Map<String, List<Waiting>> bySender = new LinkedHashMap<>();
		for (Waiting lead : waiting) {
			Authentication sender = lead.sender().getAuthentication();
			bySender.computeIfAbsent(sender == null ? "" : sender.getName(), name -> new ArrayList<>()).add(lead);
		}
		bySender.values().forEach(this::commitTogether);
	}

	private void commitTogether(List<Waiting> group) {
		List<Outcome<IntakeResult>> outcomes;
		try {
			SecurityContextHolder.setContext(group.get(0).sender());
			outcomes = this.transactions
				.execute(status -> this.desk.submitAll(group.stream().map(Waiting::lead).toList()));
		}
		catch (RuntimeException groupFailed) {
			group.forEach(this::alone);
			return;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		for (int i = 0; i < group.size(); i++) {
			Outcome<IntakeResult> outcome = outcomes.get(i);
			if (outcome.isRefused()) {
				group.get(i).result().completeExceptionally(outcome.refusal());
			}
			else {
				group.get(i).result().complete(outcome.get());
			}
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
		for (int i = 0; i < this.queues.size(); i++) {
			BlockingQueue<Waiting> queue = this.queues.get(i);
			Thread thread = new Thread(() -> commitLoop(queue), "intake-commit-" + i);
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
		this.queues.forEach(queue -> queue.drainTo(late));
		late.forEach(this::alone);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
