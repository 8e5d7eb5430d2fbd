/**
 * Tells other systems (a data warehouse, a bot) what happened, through RabbitMQ: leads
 * created and assigned, stage changes, deals won and KPI alerts, as versioned JSON
 * messages with stable ids. Off unless configured; when on, each event is written to an
 * outbox in the transaction of what happened and published after, so a broker that is
 * away delays the messages and loses none.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "crm", "funnel", "routing", "goals" })
@NullMarked
package org.tandem.broadcast;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
