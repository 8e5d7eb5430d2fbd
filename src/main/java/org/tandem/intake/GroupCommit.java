package org.tandem.intake;

import java.util.ArrayList;
import java.util.Iterator;
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
import org.tandem.platform.Outcome;

/**
 * Group commit for the intake: concurrent leads and behaviour events are stored in
 * groups, one transaction per group, and each caller is answered only after its group
 * commits. Leads and events share the groups: an event costs a few rows in a commit that
 * happens anyway, not a commit of its own.
 *
 * <p>
 * A lead waits in the queue its company (or, without one, its email) hashes to: two leads
 * of one company or one person are never committed by two committers at once, so they
 * neither create the company twice nor race for the email. An event waits in the queue of
 * its person (email or visitor id). A group's leads are stored before its events, so an
 * event finds the person a lead of its group created or identified. A lead of a failed
 * group is tried again alone, and the loser of a race for an email tries once more and
 * finds the winner's contact.
 */
@Component
public class GroupCommit implements SmartLifecycle {

	private final IntakeDesk desk;

	private final BehaviourDesk behaviour;

	private final GroupCommitter<Item, Object> committer;

	GroupCommit(IntakeDesk desk, BehaviourDesk behaviour, PlatformTransactionManager transactionManager,
			@Value("${tandem.intake.committers:1}") int committers,
			@Value("${tandem.intake.queue:4096}") int capacity) {
		this.desk = desk;
		this.behaviour = behaviour;
		this.committer = new GroupCommitter<>("intake", transactionManager, committers, capacity, Item::key,
				this::together, this::alone);
	}

	/** What waits for a group: a lead or a behaviour event. */
	private sealed interface Item {

		String key();

	}

	private record Lead(LeadSubmission lead) implements Item {

		@Override
		public String key() {
			String key = this.lead.company() != null && !this.lead.company().isBlank() ? this.lead.company()
					: this.lead.email();
			return key.strip().toLowerCase(Locale.ROOT);
		}

	}

	private record Event(BehaviourEvent event) implements Item {

		@Override
		public String key() {
			String key = this.event.email() != null && !this.event.email().isBlank() ? this.event.email()
					: this.event.visitorId();
			return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Takes one lead in and answers once it is committed. A full queue answers 503: the
	 * caller retries later.
	 */
	public IntakeResult submit(LeadSubmission lead) {
		return (IntakeResult) this.committer.submit(new Lead(lead));
	}

	/**
	 * Takes many leads in together; each answer, read with {@link #await}, is the lead's
	 * result or the reason it was refused.
	 */
	public List<CompletableFuture<IntakeResult>> submitAll(List<LeadSubmission> leads) {
		List<CompletableFuture<IntakeResult>> results = new ArrayList<>();
		for (LeadSubmission lead : leads) {
			results.add(this.committer.enqueue(new Lead(lead)).thenApply(IntakeResult.class::cast));
		}
		return results;
	}

	/** The answer of a completed submission, with the reason it was refused as thrown. */
	public IntakeResult await(CompletableFuture<IntakeResult> result) {
		return this.committer.await(result);
	}

	/**
	 * Records a behaviour event once it is committed: {@link BehaviourDesk#record}, in a
	 * group.
	 */
	@SuppressWarnings("unchecked")
	public Optional<ContactId> record(BehaviourEvent event) {
		return (Optional<ContactId>) this.committer.submit(new Event(event));
	}

	/** A group in one transaction: its leads, then its events; answers in its order. */
	private List<Outcome<Object>> together(List<Item> items) {
		List<LeadSubmission> leads = new ArrayList<>();
		List<BehaviourEvent> events = new ArrayList<>();
		for (Item item : items) {
			if (item instanceof Lead lead) {
				leads.add(lead.lead());
			}
			else if (item instanceof Event event) {
				events.add(event.event());
			}
		}
		Iterator<Outcome<IntakeResult>> stored = (leads.isEmpty() ? List.<Outcome<IntakeResult>>of()
				: this.desk.submitAll(leads))
			.iterator();
		Iterator<Outcome<Optional<ContactId>>> recorded = (events.isEmpty() ? List.<Outcome<Optional<ContactId>>>of()
				: this.behaviour.recordAll(events))
			.iterator();
		List<Outcome<Object>> outcomes = new ArrayList<>(items.size());
		for (Item item : items) {
			outcomes.add(Outcome.widen(item instanceof Lead ? stored.next() : recorded.next()));
		}
		return outcomes;
	}

	private Object alone(Item item) {
		if (item instanceof Lead lead) {
			return alone(lead.lead());
		}
		return this.behaviour.record(((Event) item).event());
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
		this.committer.start();
	}

	/**
	 * Commits what is waiting, then stops taking leads and events in through the queues.
	 */
	@Override
	public void stop() {
		this.committer.stop();
	}

	@Override
	public boolean isRunning() {
		return this.committer.isRunning();
	}

}
