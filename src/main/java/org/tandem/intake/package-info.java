/**
 * Leads in: the intake API (single and batch, idempotent), behaviour events with visitor
 * stitching, and later web forms, email-to-lead and CSV import. A submission becomes a
 * contact in the shared record, or enriches the one it matches.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel" })
@NullMarked
package org.tandem.intake;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
