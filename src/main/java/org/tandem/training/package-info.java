/**
 * Cross-functional training (MISSION 5.1): programmes one department teaches the other,
 * their sessions (seminars, master classes, role plays, simulations, case studies) with
 * materials, enrolment, attendance, completion and a short feedback form after each
 * session; each person's and each team's record and the skills matrix; and training
 * suggested from the diagnostics' divergence, sales' verdicts on leads and campaigns
 * sales seldom accepts.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel", "campaigns", "surveys" })
@NullMarked
package org.tandem.training;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
