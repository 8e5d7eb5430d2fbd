package org.tandem.meetings;

/**
 * A section of an agenda, and where its lines come from when the agenda fills itself.
 */
public enum AgendaSection {

	/** The KPIs that moved and the alerts raised since the last meeting. */
	OPENING,
	/** Campaign results: leads, conversion, return on spend. */
	CAMPAIGN_REVIEW,
	/** The funnel's change on the previous week, and broken hand-off deadlines. */
	SALES_ANALYSIS,
	/** What sales heard: the reasons leads were sent back. */
	CUSTOMER_FEEDBACK,
	/** Open action items, the overdue ones first. */
	PLANNING,
	/** Owners and due dates confirmed. */
	CLOSING,
	/** The month's campaign reports. */
	CAMPAIGN_REPORTS,
	/** The period's sales data, deadlines and feedback. */
	SALES_DATA,
	/** Agreed joint actions: the action items of the series. */
	JOINT_ACTIONS,
	/** Tasks and owners. */
	TASKS;

}
