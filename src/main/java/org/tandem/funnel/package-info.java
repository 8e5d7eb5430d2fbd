/**
 * The end-to-end funnel: lifecycle stages LEAD → MQL → SQL → OPPORTUNITY → WON | LOST
 * (plus RECYCLED and DISQUALIFIED), the one table of allowed transitions, every
 * transition stored with when, who and why, sales feedback on handed-off leads, and the
 * reason lists.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm" })
@NullMarked
package org.tandem.funnel;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
