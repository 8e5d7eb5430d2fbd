/**
 * Leadership (MISSION 6.1, 6.2): one page on whether the two departments are converging
 * (the alignment index and its trend, shared goals, hand-off deadlines, sales' acceptance
 * of MQLs, meetings held, open conflicts, customer satisfaction), customers' satisfaction
 * asked after a won deal (NPS), and recognition between colleagues (kudos).
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel", "routing", "goals", "meetings",
		"surveys", "training", "incentives", "conflicts" })
@NullMarked
package org.tandem.leadership;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
