/**
 * Campaigns: what marketing runs on which channel, when, for what budget and goal, what
 * it actually cost, and whom it touched; and the attribution of pipeline and won revenue
 * to campaigns under first-touch, last-touch, linear, U-shaped, W-shaped and time-decay
 * models.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel" })
@NullMarked
package org.tandem.campaigns;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
