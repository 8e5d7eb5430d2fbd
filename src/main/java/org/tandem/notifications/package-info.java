/**
 * Shared channels: what happens in Tandem told to the people it concerns, in the app (the
 * bell), by email, in Slack and Teams channels and to other systems' webhooks; each
 * person's and each team's choice of what to hear and where; and delivery through an
 * outbox, retried with back-off, limited per destination, with a dead-letter list an
 * admin replays. A destination's address is checked when saved and again when sent.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel", "campaigns", "intake", "routing",
		"goals", "meetings", "surveys", "conflicts", "leadership" })
@NullMarked
package org.tandem.notifications;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
