package org.tandem.meetings;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A line of an agenda: a message and its arguments, shown in the reader's language. An
 * argument that starts with {@code #} names a message of its own (a KPI's name, say), one
 * that starts with {@code reason:} a reason code. Lines filled from the numbers are
 * refreshed with them; a participant's topic stays.
 */
public record AgendaLine(UUID id, AgendaSection section, int position, Source source, String message, List<String> args,
		@Nullable String link, @Nullable String addedBy) {

	/** Where a line came from. */
	public enum Source {

		KPI_ALERT, KPI_CHANGE, CAMPAIGN, FUNNEL, DEADLINES, FEEDBACK, REJECTIONS, ACTION_ITEM, TEMPLATE, TOPIC;

	}

}
