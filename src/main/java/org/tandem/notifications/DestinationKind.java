package org.tandem.notifications;

/** Where a destination's messages go, and in what shape. */
public enum DestinationKind {

	/** A Slack incoming webhook: Block Kit blocks. */
	SLACK,
	/** A Microsoft Teams webhook: an Adaptive Card. */
	TEAMS,
	/** Another system: JSON, signed with HMAC-SHA256. */
	WEBHOOK

}
