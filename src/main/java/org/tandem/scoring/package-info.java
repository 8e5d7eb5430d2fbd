/**
 * Lead scoring: rule models edited in the UI (fit, engagement with recency decay,
 * negative), an MQL threshold that moves a lead to MQL as a system transition, and a
 * score that always comes with its explanation.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel", "intake" })
@NullMarked
package org.tandem.scoring;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
