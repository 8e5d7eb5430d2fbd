package org.tandem.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.identity.CurrentUser;
import org.tandem.intake.BehaviourRecorded;
import org.tandem.intake.BehaviourType;
import org.tandem.notifications.domain.SequenceStore;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Sha256;

/**
 * Email sequences to leads (MISSION 2.2.2): after a webinar, say, each lead who attended
 * gets a few emails days apart. Only leads who agreed to email and did not ask to be left
 * alone are written to; every email carries a link that unsubscribes at once, and an
 * unsubscribed lead leaves every sequence.
 */
@Service
@Transactional
public class Sequences {

	private static final Duration KEEP = Duration.ofSeconds(5);

	private final SequenceStore store;

	private final ContactManagement contacts;

	private final Clock clock;

	/** The active sequences by trigger, read at most every few seconds. */
	private final AtomicReference<Snapshot> active = new AtomicReference<>(new Snapshot(Map.of(), Instant.EPOCH));

	private record Snapshot(Map<BehaviourType, List<Sequence>> byTrigger, Instant readAt) {
	}

	Sequences(SequenceStore store, ContactManagement contacts, Clock clock) {
		this.store = store;
		this.contacts = contacts;
		this.clock = clock;
	}

	public Sequence create(String name, BehaviourType trigger, List<Sequence.Step> steps, CurrentUser by) {
		if (name.isBlank() || name.length() > 150) {
			throw new InputRejectedException("name", "must be 1 to 150 characters");
		}
		if (steps.isEmpty() || steps.size() > 10) {
			throw new InputRejectedException("steps", "a sequence has 1 to 10 emails");
		}
		for (Sequence.Step step : steps) {
			if (step.delayDays() < 0 || step.delayDays() > 365) {
				throw new InputRejectedException("steps", "an email waits 0 to 365 days");
			}
			if (step.subject().isBlank() || step.subject().length() > 200 || step.body().isBlank()
					|| step.body().length() > 8000) {
				throw new InputRejectedException("steps", "each email needs a subject and a text");
			}
		}
		UUID id = UUID.randomUUID();
		this.store.insert(id, name.strip(), trigger, steps, by.displayName(), this.clock.instant());
		this.active.set(new Snapshot(Map.of(), Instant.EPOCH));
		return get(id);
	}

	@Transactional(readOnly = true)
	public Sequence get(UUID id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("Sequence", id));
	}

	@Transactional(readOnly = true)
	public List<Sequence> all() {
		return this.store.all();
	}

	public void setActive(UUID id, boolean active) {
		get(id);
		this.store.setActive(id, active);
		this.active.set(new Snapshot(Map.of(), Instant.EPOCH));
	}

	/** A lead did what a sequence waits for: they are enrolled, once. */
	public void enrol(BehaviourRecorded done) {
		List<Sequence> waiting = snapshot().byTrigger().getOrDefault(done.type(), List.of());
		for (Sequence sequence : waiting) {
			this.store.enrol(sequence.id(), done.contact(), done.at(),
					done.at().plus(Duration.ofDays(sequence.steps().get(0).delayDays())));
		}
	}

	/** An erased lead's enrolments and links go. */
	public void forget(ContactId contact) {
		this.store.forget(contact);
	}

	private Snapshot snapshot() {
		Snapshot current = this.active.get();
		Instant now = this.clock.instant();
		if (current.readAt().plus(KEEP).isBefore(now)) {
			Map<BehaviourType, List<Sequence>> byTrigger = new EnumMap<>(BehaviourType.class);
			this.store.definitions()
				.stream()
				.filter(Sequence::active)
				.forEach(one -> byTrigger.computeIfAbsent(one.trigger(), key -> new ArrayList<>()).add(one));
			current = new Snapshot(byTrigger, now);
			this.active.set(current);
		}
		return current;
	}

	/**
	 * A lead followed an unsubscribe link: they no longer get marketing email, and leave
	 * every sequence. The same link twice is harmless; an unknown link is not found.
	 */
	public void unsubscribe(String token) {
		ContactId contact = this.store.unsubscribe(Sha256.hex(token), this.clock.instant())
			.orElseThrow(() -> new NotFoundException("Unsubscribe link", "this link"));
		this.contacts.find(contact, CurrentUser.SYSTEM)
			.ifPresent(person -> this.contacts.recordConsent(contact, false, "unsubscribe link",
					person.consent().doNotContact(), CurrentUser.SYSTEM));
		this.store.stopAll(contact, "unsubscribed");
	}

}
