/**
 * Meetings of both departments: weekly status, monthly and quarterly strategy and ad hoc
 * series, whose agendas fill themselves from the numbers (KPI alerts, campaign results,
 * the funnel's change, broken hand-off deadlines, sales' reasons for sending leads back,
 * overdue action items); minutes, decisions and action items that carry over until they
 * are closed; and invitations and calendar feeds in iCalendar.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel", "campaigns", "routing", "goals" })
@NullMarked
package org.tandem.meetings;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
