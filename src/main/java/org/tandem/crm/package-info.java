/**
 * The shared record both departments work on: accounts, contacts, deals with their
 * pipelines, activities, duplicates and merges, consent and erasure, and the audit
 * history of every change.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity" })
@NullMarked
package org.tandem.crm;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
