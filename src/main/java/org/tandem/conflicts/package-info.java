/**
 * Conflict resolution between the departments (MISSION 6.3): a register of conflicts with
 * their parties and causes, a mediation meeting with both sides, an action plan of
 * measures with owners and deadlines, notes until closure, and repeats of a theme
 * flagged. A conflict is seen only by its parties, the one who raised it, the heads of
 * the parties' departments and leadership.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "meetings" })
@NullMarked
package org.tandem.conflicts;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
