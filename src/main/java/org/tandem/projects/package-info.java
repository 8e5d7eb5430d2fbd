/**
 * Joint projects of both departments (MISSION 5.2): a goal and measurable success
 * criteria (optionally a KPI with a target), members from both sides, stages with tasks
 * and their owners, a status report per period, and a retrospective whose items can
 * become action items.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "goals", "meetings" })
@NullMarked
package org.tandem.projects;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
