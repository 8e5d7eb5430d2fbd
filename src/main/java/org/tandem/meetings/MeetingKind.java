package org.tandem.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.jspecify.annotations.Nullable;

import static org.tandem.meetings.AgendaSection.CAMPAIGN_REPORTS;
import static org.tandem.meetings.AgendaSection.CAMPAIGN_REVIEW;
import static org.tandem.meetings.AgendaSection.CLOSING;
import static org.tandem.meetings.AgendaSection.CUSTOMER_FEEDBACK;
import static org.tandem.meetings.AgendaSection.JOINT_ACTIONS;
import static org.tandem.meetings.AgendaSection.OPENING;
import static org.tandem.meetings.AgendaSection.PLANNING;
import static org.tandem.meetings.AgendaSection.SALES_ANALYSIS;
import static org.tandem.meetings.AgendaSection.SALES_DATA;
import static org.tandem.meetings.AgendaSection.TASKS;

/**
 * The kinds of meeting the playbook asks for, each with its rhythm and its agenda.
 */
public enum MeetingKind {

	/** Every week: results, problems, feedback, tasks. */
	WEEKLY_STATUS(List.of(OPENING, CAMPAIGN_REVIEW, SALES_ANALYSIS, CUSTOMER_FEEDBACK, PLANNING, CLOSING)),

	/** The first given weekday of every month: reports, data, joint actions. */
	MONTHLY_STRATEGY(List.of(CAMPAIGN_REPORTS, SALES_DATA, JOINT_ACTIONS, TASKS)),

	/** The first given weekday of January, April, July and October. */
	QUARTERLY_STRATEGY(List.of(CAMPAIGN_REPORTS, SALES_DATA, JOINT_ACTIONS, TASKS)),

	/** Once, on the given day. */
	AD_HOC(List.of(OPENING, PLANNING, CLOSING));

	private final List<AgendaSection> sections;

	MeetingKind(List<AgendaSection> sections) {
		this.sections = sections;
	}

	/** The agenda template that follows the playbook. */
	public List<AgendaSection> sections() {
		return this.sections;
	}

	/**
	 * The first day on or after {@code from} (and not before the series' first day) on
	 * which a meeting of this kind falls, or null when there is none (an ad hoc meeting
	 * that is past).
	 */
	public @Nullable LocalDate next(LocalDate firstOn, DayOfWeek weekday, LocalDate from) {
		LocalDate start = from.isBefore(firstOn) ? firstOn : from;
		return switch (this) {
			case AD_HOC -> from.isAfter(firstOn) ? null : firstOn;
			case WEEKLY_STATUS -> start.with(TemporalAdjusters.nextOrSame(weekday));
			case MONTHLY_STRATEGY, QUARTERLY_STRATEGY -> {
				LocalDate month = start.withDayOfMonth(1);
				while (true) {
					LocalDate day = month.with(TemporalAdjusters.firstInMonth(weekday));
					if (!day.isBefore(start) && (this == MONTHLY_STRATEGY || (month.getMonthValue() - 1) % 3 == 0)) {
						yield day;
					}
					month = month.plusMonths(1);
				}
			}
		};
	}

}
