package org.tandem.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ActivityType;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.intake.domain.VisitorEvents;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Outcome;
import org.tandem.platform.Phrase;

/**
 * Records what people do: on the timeline of a known person at once, or under an
 * anonymous visitor id until that visitor identifies. Every event about a known person is
 * published as {@link BehaviourRecorded} for scoring.
 */
@Service
@Transactional
public class BehaviourDesk {

	private final VisitorEvents events;

	private final ContactManagement contacts;

	private final ActivityLog activities;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	BehaviourDesk(VisitorEvents events, ContactManagement contacts, ActivityLog activities,
			ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.contacts = contacts;
		this.activities = activities;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Records one event; returns the person it belongs to, when known.
	 */
	public Optional<ContactId> record(BehaviourEvent event) {
		return recordAll(List.of(event)).get(0).get();
	}

	/**
	 * {@link #record} for events recorded together, their people looked up at once. An
	 * event belongs to the person its email names or, without one, to the person its
	 * visitor turned out to be. The answers follow the order of {@code events}; an event
	 * refused for its input is answered with the reason, and the others are recorded all
	 * the same.
	 */
	public List<Outcome<Optional<ContactId>>> recordAll(List<BehaviourEvent> events) {
		Instant now = this.clock.instant();
		Map<String, ContactSummary> people = this.contacts.findAllByEmail(
				events.stream().filter(BehaviourDesk::hasEmail).map(BehaviourEvent::email).collect(Collectors.toSet()));
		Map<String, ContactSummary> visitors = identifiedVisitors(events.stream()
			.filter(event -> !hasEmail(event) || !people.containsKey(event.email()))
			.map(BehaviourDesk::visitor)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		List<Outcome<Optional<ContactId>>> outcomes = new ArrayList<>();
		for (BehaviourEvent event : events) {
			try {
				ContactSummary person = null;
				if (hasEmail(event)) {
					ContactManagement.checkEmail(event.email());
					person = people.get(event.email());
				}
				String visitor = visitor(event);
				if (person == null && visitor != null) {
					person = visitors.get(visitor);
				}
				outcomes.add(Outcome.of(store(event, Optional.ofNullable(person), now)));
			}
			catch (InputRejectedException ex) {
				outcomes.add(Outcome.refused(ex));
			}
		}
		return outcomes;
	}

	/** The people these visitors turned out to be, by visitor id, for those who did. */
	private Map<String, ContactSummary> identifiedVisitors(Set<String> visitorIds) {
		if (visitorIds.isEmpty()) {
			return Map.of();
		}
		Map<String, ContactId> identified = this.events.identified(visitorIds);
		Map<ContactId, ContactSummary> people = this.contacts.findAll(identified.values());
		Map<String, ContactSummary> visitors = new HashMap<>();
		identified.forEach((visitor, contact) -> {
			ContactSummary person = people.get(contact);
			if (person != null) {
				visitors.put(visitor, person);
			}
		});
		return visitors;
	}

	private static @Nullable String visitor(BehaviourEvent event) {
		return event.visitorId() == null || event.visitorId().isBlank() ? null : event.visitorId().strip();
	}

	private static boolean hasEmail(BehaviourEvent event) {
		return event.email() != null && !event.email().isBlank();
	}

	private Optional<ContactId> store(BehaviourEvent event, Optional<ContactSummary> person, Instant now) {
		Instant at = event.occurredAt() != null ? event.occurredAt() : now;
		if (at.isAfter(now.plusSeconds(300))) {
			throw new InputRejectedException("occurredAt", "lies in the future");
		}
		String visitor = visitor(event);
		if (person.isEmpty() && visitor == null) {
			throw new InputRejectedException("email", "name a known person's email or a visitor id");
		}
		if (person.isEmpty()) {
			this.events.store(visitor, null, event.type(), event.url(), at);
			return Optional.empty();
		}
		ContactId contact = person.get().id();
		this.events.store(visitor, contact, event.type(), event.url(), at);
		apply(new BehaviourRecorded(contact, event.type(), event.url(), at), person.get());
		if (visitor != null) {
			stitch(visitor, contact);
		}
		return Optional.of(contact);
	}

	/** A visitor identified: their anonymous events become the person's. */
	public void stitch(String visitorId, ContactId contact) {
		ContactSummary person = this.contacts.get(contact, CurrentUser.SYSTEM);
		this.events.stitch(visitorId, contact).forEach(event -> apply(event, person));
	}

	private void apply(BehaviourRecorded event, ContactSummary person) {
		this.activities.recordSaid(activityType(event.type()), event.at(), event.contact(), said(event), null,
				CurrentUser.SYSTEM);
		if (event.type() == BehaviourType.UNSUBSCRIBE && person.consent().email()) {
			this.contacts.recordConsent(event.contact(), false, "unsubscribed", person.consent().doNotContact(),
					CurrentUser.SYSTEM);
		}
		this.publisher.publishEvent(event);
	}

	private static ActivityType activityType(BehaviourType type) {
		return switch (type) {
			case PAGE_VIEW, PRICING_VIEW -> ActivityType.WEB_VISIT;
			case CONTENT_DOWNLOAD -> ActivityType.DOWNLOAD;
			case WEBINAR_REGISTERED, WEBINAR_ATTENDED -> ActivityType.WEBINAR;
			case EMAIL_OPEN, EMAIL_CLICK, UNSUBSCRIBE -> ActivityType.EMAIL;
		};
	}

	/** What the timeline says of a behaviour event: what was done, and where. */
	private static Phrase said(BehaviourRecorded event) {
		return Phrase.of("activity.said." + event.type().name(), event.url() == null ? "" : " " + event.url());
	}

}
