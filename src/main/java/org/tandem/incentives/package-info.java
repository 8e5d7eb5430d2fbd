/**
 * Shared incentive programmes (MISSION 5.3): a period, its participants from both
 * departments with a bonus base each, and a formula mixing each person's own goal with
 * shared goals, with thresholds, caps and accelerators; what-if simulation before it
 * starts, progress while it runs, and statements computed from the goals' numbers with
 * their inputs kept.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "goals" })
@NullMarked
package org.tandem.incentives;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
