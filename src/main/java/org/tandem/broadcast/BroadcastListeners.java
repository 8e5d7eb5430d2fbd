package org.tandem.broadcast;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.tandem.broadcast.domain.OutboxStore;
import org.tandem.broadcast.domain.OutboxStore.Outgoing;
import org.tandem.crm.ContactCreated;
import org.tandem.crm.DealChanged;
import org.tandem.crm.DealFacts;
import org.tandem.crm.DealManagement;
import org.tandem.funnel.StageChanged;
import org.tandem.goals.KpiAlertRaised;
import org.tandem.identity.UserId;
import org.tandem.platform.AfterCommit;
import org.tandem.platform.BeforeCommit;
import org.tandem.routing.LeadAssigned;

/**
 * Turns what happened into the messages other systems get (docs/events.md), in the
 * transaction of the change: the outbox rows of a group commit of many leads are written
 * together just before it commits. Each message's id is derived from what it tells, so an
 * event told twice is one message.
 */
class BroadcastListeners {

	/**
	 * The schema version of every message's body; raised when a field changes meaning.
	 */
	static final int VERSION = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OutboxStore store;

	private final DealManagement deals;

	private final Relay relay;

	private final Clock clock;

	private final BeforeCommit.Batch<Outgoing> toWrite;

	BroadcastListeners(OutboxStore store, DealManagement deals, Relay relay, Clock clock) {
		this.store = store;
		this.clock = clock;
		this.deals = deals;
		this.relay = relay;
		this.toWrite = this::write;
	}

	@EventListener
	void on(ContactCreated created) {
		tell("lead.created", created.at(),
				data("contact", created.contact().value(), "channel",
						created.channel() == null ? null : created.channel().name(), "stage", created.initialStage(),
						"historic", created.historic()),
				created.contact().value());
	}

	@EventListener
	void on(StageChanged changed) {
		tell("stage.changed", changed.at(),
				data("contact", changed.contact().value(), "from",
						changed.from() == null ? null : changed.from().name(), "to", changed.to().name(), "actorKind",
						changed.actorKind().name(), "actor", id(changed.actor()), "reason", changed.reason()),
				changed.contact().value(), changed.from(), changed.to(), changed.at());
	}

	@EventListener
	void on(LeadAssigned assigned) {
		tell("lead.assigned", assigned.at(),
				data("contact", assigned.contact().value(), "rep", id(assigned.rep()), "previous",
						id(assigned.previous()), "rule", assigned.rule(), "reason", assigned.reason()),
				assigned.contact().value(), id(assigned.rep()), assigned.at());
	}

	@EventListener
	void on(DealChanged changed) {
		for (DealFacts deal : this.deals.reportingFacts(List.of(changed.deal()))) {
			if ("WON".equals(deal.outcome()) && deal.closedAt() != null) {
				tell("deal.won", deal.closedAt(),
						data("deal", deal.id().value(), "contact",
								deal.contact() == null ? null : deal.contact().value(), "owner", id(deal.owner()),
								"amount", deal.value().amount().toPlainString(), "currency",
								deal.value().currency().getCurrencyCode(), "closedAt", deal.closedAt().toString()),
						deal.id().value(), deal.closedAt());
			}
		}
	}

	@EventListener
	void on(KpiAlertRaised raised) {
		tell("kpi.alert", this.clock.instant(), data("alert", raised.alert(), "rule", raised.rule(), "kpi",
				raised.kpi().name(), "owners", raised.owners().stream().map(UserId::value).toList()), raised.alert());
	}

	/**
	 * Queues one message. {@code identity} is what makes the event itself: the same
	 * values give the same message id.
	 */
	private void tell(String type, Instant at, Map<String, @Nullable Object> data, @Nullable Object... identity) {
		StringBuilder key = new StringBuilder(type);
		for (Object part : identity) {
			key.append(':').append(part);
		}
		UUID id = UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("id", id);
		envelope.put("type", type);
		envelope.put("version", VERSION);
		envelope.put("occurredAt", at.toString());
		envelope.put("data", data);
		BeforeCommit.deferWrite(this.toWrite, new Outgoing(id, type, VERSION, at, JSON.writeValueAsString(envelope)));
	}

	private void write(List<Outgoing> events) {
		this.store.insert(events);
		AfterCommit.run(this.relay::wake);
	}

	private static @Nullable UUID id(@Nullable UserId user) {
		return user == null ? null : user.value();
	}

	private static Map<String, @Nullable Object> data(@Nullable Object... pairs) {
		Map<String, @Nullable Object> data = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			data.put(String.valueOf(pairs[i]), pairs[i + 1]);
		}
		return data;
	}

}
