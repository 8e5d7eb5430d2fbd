/**
 * Hand-off: qualified leads go to the right rep (the account's owner, else by rule, by
 * specialisation, by workload and availability, in turn), every assignment says why, and
 * deadlines in the rep's working time warn, escalate and reassign so that no lead is
 * forgotten.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel", "scoring" })
@NullMarked
package org.tandem.routing;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
