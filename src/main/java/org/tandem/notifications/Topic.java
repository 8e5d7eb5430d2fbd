package org.tandem.notifications;

import java.util.Arrays;
import java.util.List;

/** What one may be told of. */
public enum Topic {

	LEAD_ASSIGNED, DEADLINE_WARNING, DEADLINE_BREACHED, LEAD_REJECTED, KPI_ALERT, CAMPAIGN_LAUNCHED, CAMPAIGN_RESULTS,
	AGENDA_READY, ACTION_ITEM_ASSIGNED, ACTION_ITEM_OVERDUE, MEETING_REMINDER, MENTION, SURVEY, CONFLICT, KUDOS;

	/**
	 * Whether the news is for the people it names only: it goes to their bell and
	 * mailbox, never to a shared channel or another system.
	 */
	public boolean personal() {
		return this == CONFLICT;
	}

	/** The topics a Slack, Teams or webhook destination may carry. */
	public static List<Topic> shareable() {
		return Arrays.stream(values()).filter(topic -> !topic.personal()).toList();
	}

}
