package org.tandem.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.tandem.crm.ContactId;
import org.tandem.platform.GroupCommitter;
import org.tandem.platform.InputRejectedException;

/**
 * Group commit for the intake: concurrent leads, and concurrent behaviour events, are
 * each stored in groups, one transaction per group, and each caller is answered only
 * after its group commits.
 *
 * <p>
 * A lead waits in the queue its company (or, without one, its email) hashes to: two leads
 * of one company or one person are never committed by two committers at once, so they
 * neither create the company twice nor race for the email. A lead of a failed group is
 * tried again alone, and the loser of a race for an email tries once more and finds the
 * winner's contact. An event waits in the queue of its person (email or visitor id), so
 * one person's events are recorded in order.
 */
@Component
public class GroupCommit implements SmartLifecycle {

	private final IntakeDesk desk;

	private final GroupCommitter<LeadSubmission, IntakeResult> leads;

	private final GroupCommitter<BehaviourEvent, Optional<ContactId>> events;

	GroupCommit(IntakeDesk desk, BehaviourDesk behaviour, PlatformTransactionManager transactionManager,
			@Value("${tandem.intake.committers:1}") int committers,
			@Value("${tandem.intake.queue:4096}") int capacity) {
		this.desk = desk;
		this.leads = new GroupCommitter<>("lead", transactionManager, committers, capacity, GroupCommit::key,
				desk::submitAll, this::alone);
		this.events = new GroupCommitter<>("event", transactionManager, committers, capacity, GroupCommit::key,
				behaviour::recordAll, behaviour::record);
	}

	/**
	 * Takes one lead in and answers once it is committed. A full queue answers 503: the
	 * caller retries later.
	 */
	public IntakeResult submit(LeadSubmission lead) {
		return this.leads.submit(lead);
	}

	/**
	 * Takes many leads in together; each answer, read with {@link #await}, is the lead's
	 * result or the reason it was refused.
	 */
	public List<CompletableFuture<IntakeResult>> submitAll(List<LeadSubmission> leads) {
		List<CompletableFuture<IntakeResult>> results = new ArrayList<>();
		for (LeadSubmission lead : leads) {
			results.add(this.leads.enqueue(lead));
		}
		return results;
	}

	/** The answer of a completed submission, with the reason it was refused as thrown. */
	public IntakeResult await(CompletableFuture<IntakeResult> result) {
		return this.leads.await(result);
	}

	/**
	 * Records a behaviour event once it is committed: {@link BehaviourDesk#record}, in a
	 * group.
	 */
	public Optional<ContactId> record(BehaviourEvent event) {
		return this.events.submit(event);
	}

	private static String key(LeadSubmission lead) {
		String key = lead.company() != null && !lead.company().isBlank() ? lead.company() : lead.email();
		return key.strip().toLowerCase(Locale.ROOT);
	}

	private static String key(BehaviourEvent event) {
		String key = event.email() != null && !event.email().isBlank() ? event.email() : event.visitorId();
		return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
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
		this.leads.start();
		this.events.start();
	}

	/**
	 * Commits what is waiting, then stops taking leads and events in through the queues.
	 */
	@Override
	public void stop() {
		this.leads.stop();
		this.events.stop();
	}

	@Override
	public boolean isRunning() {
		return this.leads.isRunning();
	}

}
