/**
 * Goals and KPIs: one definition per number, computed from the funnel's own records and
 * kept fresh from its change feed; filters by period, team, rep, channel, campaign and
 * segment; the same figures on pages, in the API and, later, in alerts and meeting
 * agendas.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel", "routing", "campaigns" })
@NullMarked
package org.tandem.goals;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
