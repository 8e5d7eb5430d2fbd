/**
 * Analytics: the dashboards both departments share (the end-to-end funnel, cohorts, stage
 * velocity, channels and campaigns under any attribution model, the rep leaderboard,
 * trends and the leadership page), each chart with its table and a CSV export, and saved
 * report definitions anyone can open by link. Every number comes from the goals module's
 * KPI definitions or the campaigns module's attribution; this module counts nothing
 * itself.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "goals", "campaigns" })
@NullMarked
package org.tandem.analytics;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
