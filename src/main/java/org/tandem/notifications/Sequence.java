package org.tandem.notifications;

import java.util.List;
import java.util.UUID;

import org.tandem.intake.BehaviourType;

/**
 * An email sequence to leads: what enrols a lead, its steps, and how far its leads got
 * (enrolled, emails sent, stopped because they unsubscribed or may not be emailed).
 */
public record Sequence(UUID id, String name, BehaviourType trigger, boolean active, List<Step> steps, long enrolled,
		long sent, long stopped) {

	/**
	 * A step: sent {@code delayDays} after the one before (or after the lead enrolled),
	 * its subject and text, where {@code {firstName}} stands for the lead's first name.
	 */
	public record Step(int delayDays, String subject, String body) {
	}

}
