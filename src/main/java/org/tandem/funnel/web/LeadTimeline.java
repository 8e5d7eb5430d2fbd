package org.tandem.funnel.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.ReadableHistory;
import org.tandem.funnel.Transition;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.Phrase;

/**
 * One timeline for a lead: its activities, its stage moves and the changes to its record,
 * newest first.
 */
@Component
class LeadTimeline {

	private final ActivityLog activities;

	private final ReadableHistory history;

	LeadTimeline(ActivityLog activities, ReadableHistory history) {
		this.activities = activities;
		this.history = history;
	}

	/** The dossier's timeline, newest first. */
	List<TimelineItem> of(ContactSummary contact, List<Transition> transitions, CurrentUser me) {
		List<TimelineItem> items = new ArrayList<>();
		this.activities.forContact(contact.id(), me)
			.forEach(activity -> items
				.add(new TimelineItem(activity.occurredAt(), "activity", "activity." + activity.type(),
						activity.subject(), activity.body(), activity.actor(), null, activity.said())));
		transitions.forEach(transition -> items.add(new TimelineItem(transition.at(), "stage",
				"stage." + transition.to(), transition.from() == null ? null : "stage." + transition.from(),
				joinNonNull(transition.reasonLabel(), transition.note()), transition.actorName(), null, null)));
		this.history.ofContact(contact.id(), me)
			.stream()
			.filter(line -> !"lifecycleStage".equals(line.field()))
			.forEach(line -> items.add(new TimelineItem(line.at(), "audit", "audit." + line.action(), null, null,
					line.actor(), line, null)));
		items.sort(Comparator.comparing(TimelineItem::at).reversed());
		return items;
	}

	private static @Nullable String joinNonNull(@Nullable String first, @Nullable String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + " — " + second;
	}

	/**
	 * One entry of the dossier's timeline; {@code label} is a message key, {@code title}
	 * is free text (or, for stage moves, the message key of the previous stage), and
	 * {@code change} is what a change to the record changed, and {@code said} what Tandem
	 * wrote as an activity's title, if it wrote it.
	 */
	record TimelineItem(Instant at, String kind, String label, @Nullable String title, @Nullable String detail,
			String actor, ReadableHistory.@Nullable Line change, @Nullable Phrase said) {
	}

}
