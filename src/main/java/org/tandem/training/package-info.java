/**
 * Cross-functional training (MISSION 5.1): programmes one department teaches the other,
 * their sessions (seminars, master classes, role plays, simulations, case studies) with
 * materials, enrolment, attendance, completion and a short feedback form after each
 * session; each person's record and the skills matrix; and training suggested from the
 * diagnostics' divergence and from sales' verdicts on leads.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel", "surveys" })
@NullMarked
package org.tandem.training;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
