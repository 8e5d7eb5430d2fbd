package org.tandem.goals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.DealId;
import org.tandem.crm.DealManagement;
import org.tandem.crm.ReportingFacts;
import org.tandem.funnel.FunnelChange;
import org.tandem.funnel.FunnelReports;
import org.tandem.funnel.Milestones;
import org.tandem.goals.domain.DealStore;
import org.tandem.goals.domain.FeedCursor;
import org.tandem.goals.domain.Journey;
import org.tandem.goals.domain.JourneyStore;
import org.tandem.platform.InLists;

/**
 * Keeps the numbers' own copy of every lead and deal up to date. Leads follow the
 * funnel's change feed (polled every second, so a stage change shows within seconds),
 * plus leads whose owner or source changed without a move, plus a slow sweep over every
 * lead that catches anything else. Deals follow the CRM's deal events. Each update
 * recomputes a lead whole from the funnel's history, so applying it twice changes
 * nothing.
 */
@Service
public class KpiFacts {

	private static final Logger log = LoggerFactory.getLogger(KpiFacts.class);

	/** Feed entries read again after a rebuild. */
	static final int REREAD = 10_000;

	/** Feed entries read per step. */
	static final int BATCH = 5_000;

	/**
	 * How long a missing feed position is asked for again: longer than any transaction.
	 */
	static final Duration PATIENCE = Duration.ofMinutes(10);

	private final JourneyStore journeys;

	private final DealStore deals;

	private final FunnelReports funnel;

	private final ContactManagement contacts;

	private final DealManagement dealManagement;

	private final TransactionTemplate transactions;

	/**
	 * Wall time, for how long a feed position has been missing (not the business clock).
	 */
	private final Clock wall = Clock.systemUTC();

	private final ZoneId zone;

	private final int sweepSize;

	private final Set<UUID> dirty = java.util.concurrent.ConcurrentHashMap.newKeySet();

	KpiFacts(JourneyStore journeys, DealStore deals, FunnelReports funnel, ContactManagement contacts,
			DealManagement dealManagement, TransactionTemplate transactions,
			@Value("${tandem.reporting.time-zone:UTC}") ZoneId zone,
			@Value("${tandem.goals.sweep-size:200}") int sweepSize) {
		this.journeys = journeys;
		this.deals = deals;
		this.funnel = funnel;
		this.contacts = contacts;
		this.dealManagement = dealManagement;
		this.transactions = transactions;
		this.zone = zone;
		this.sweepSize = sweepSize;
	}

	/** The time zone whose days the numbers are counted in. */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * Marks leads to look at again on the next update (their owner or source changed).
	 */
	public void touched(Collection<ContactId> leads) {
		leads.forEach(lead -> this.dirty.add(lead.value()));
	}

	@Scheduled(fixedDelayString = "${tandem.goals.refresh:1s}", initialDelayString = "${tandem.goals.refresh:1s}")
	void refresh() {
		try {
			catchUp();
		}
		catch (RuntimeException ex) {
			log.warn("Could not bring the numbers up to date; trying again shortly", ex);
		}
	}

	/**
	 * Brings the numbers up to date with everything committed so far; the answer is the
	 * number of feed entries read. Builds them from the start when they were never built,
	 * or were built for another time zone.
	 */
	public long catchUp() {
		long read = 0;
		boolean more = true;
		while (more) {
			Step step = this.transactions.execute(status -> step());
			read += step.read();
			more = step.more();
		}
		return read;
	}

	/**
	 * Builds every number again from the funnel's history and the CRM's deals, in one
	 * transaction: readers see the old numbers until the new ones are complete.
	 */
	public void rebuild() {
		this.transactions.executeWithoutResult(status -> {
			this.journeys.lockFeed();
			rebuildLocked();
		});
	}

	private record Step(long read, boolean more) {
	}

	private Step step() {
		JourneyStore.Feed feed = this.journeys.lockFeed();
		if (!this.zone.getId().equals(feed.timeZone())) {
			rebuildLocked();
			return new Step(0, false);
		}
		FeedCursor cursor = feed.cursor();
		Instant now = this.wall.instant();
		List<FunnelChange> changes = new ArrayList<>(this.funnel.changesAfter(cursor.position(), BATCH));
		if (!cursor.gaps().isEmpty()) {
			changes.addAll(this.funnel.changesAt(cursor.gaps().keySet()));
		}
		cursor.saw(changes.stream().map(FunnelChange::position).toList(), now);
		cursor.expire(now, PATIENCE);
		Set<UUID> leads = new LinkedHashSet<>();
		changes.forEach(change -> leads.add(change.contact().value()));
		drainDirty(leads);
		UUID sweptTo = feed.sweptTo();
		if (this.sweepSize > 0) {
			List<UUID> swept = this.journeys.leadsAfter(sweptTo, this.sweepSize);
			leads.addAll(swept);
			sweptTo = swept.size() < this.sweepSize ? null : swept.get(swept.size() - 1);
		}
		update(leads);
		boolean moreDeals = copyChangedDeals();
		this.journeys.saveFeed(new JourneyStore.Feed(cursor, sweptTo, feed.timeZone()));
		return new Step(changes.size(), changes.size() >= BATCH || moreDeals);
	}

	private void drainDirty(Set<UUID> into) {
		for (UUID lead : List.copyOf(this.dirty)) {
			this.dirty.remove(lead);
			into.add(lead);
		}
	}

	private void rebuildLocked() {
		long started = System.nanoTime();
		// the last entries are read again by the next updates: a transaction still open
		// now may fill a position below the last, and reading a lead twice changes
		// nothing
		long position = Math.max(0, this.funnel.lastPosition() - REREAD);
		this.journeys.clear(this.zone.getId(), position);
		long leads = 0;
		ContactId after = null;
		List<ContactId> page;
		do {
			page = this.funnel.leadsAfter(after, BATCH);
			if (!page.isEmpty()) {
				List<Journey> built = new ArrayList<>();
				journeys(page, Map.of()).values().forEach(journey -> {
					if (journey != null) {
						built.add(journey);
					}
				});
				this.journeys.insertAll(built);
				leads += built.size();
				after = page.get(page.size() - 1);
			}
		}
		while (page.size() >= BATCH);
		this.journeys.recount(this.zone);
		this.journeys.recountSpans(this.zone);
		this.deals.clear();
		List<DealId> ids = this.dealManagement.ids();
		for (List<DealId> chunk : InLists.chunks(ids)) {
			this.deals.insert(this.dealManagement.reportingFacts(chunk));
		}
		this.deals.recountDays(this.zone);
		log.info("Built the numbers of {} leads and {} deals in {} ms", leads, ids.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Recomputes these leads whole from the funnel's history and the CRM's facts. */
	private void update(Collection<UUID> leads) {
		if (leads.isEmpty()) {
			return;
		}
		Map<UUID, Journey> old = this.journeys.find(leads);
		this.journeys.replace(old, journeys(leads.stream().map(ContactId::new).toList(), old), this.zone);
	}

	/** These leads' journeys as they are now; a lead with no history has none (null). */
	private Map<UUID, @Nullable Journey> journeys(List<ContactId> ids, Map<UUID, Journey> old) {
		Map<ContactId, Milestones> milestones = this.funnel.milestones(ids);
		Map<ContactId, ReportingFacts> facts = this.contacts.reportingFacts(ids);
		Map<UUID, @Nullable Journey> now = new HashMap<>();
		for (ContactId id : ids) {
			now.put(id.value(), journey(id, milestones.get(id), facts.get(id), old.get(id.value())));
		}
		return now;
	}

	/**
	 * A lead's journey. Its owner is the CRM's; a lead sent back to marketing (and so
	 * without an owner) counts for the rep who sent it back. A lead the CRM no longer has
	 * (erased) keeps the slices it was counted under, so that erasing a person does not
	 * change last year's numbers.
	 */
	private static @Nullable Journey journey(ContactId id, @Nullable Milestones reached, @Nullable ReportingFacts facts,
			@Nullable Journey old) {
		if (reached == null) {
			return null;
		}
		UUID owner;
		String channel;
		String campaign;
		String segment;
		if (facts != null) {
			owner = facts.owner() != null ? facts.owner().value()
					: reached.decidedBy() != null ? reached.decidedBy().value() : null;
			channel = facts.channel() == null ? null : facts.channel().name();
			campaign = facts.campaign();
			segment = facts.segment() == null ? null : facts.segment().name();
		}
		else {
			owner = old == null ? null : old.owner();
			channel = old == null ? null : old.channel();
			campaign = old == null ? null : old.campaign();
			segment = old == null ? null : old.segment();
		}
		return new Journey(id.value(), reached.entered(), reached.mql(), reached.sql(), reached.opportunity(),
				reached.won(), reached.lost(), reached.rejected(), reached.disqualified(), reached.stage().name(),
				owner, channel, campaign, segment);
	}

	/**
	 * Notes that these deals changed in the CRM: the next update copies them, one update
	 * at a time, as the daily won totals they move are shared.
	 */
	void updateDeals(Collection<DealId> ids) {
		this.deals.markChanged(ids.stream().map(DealId::value).toList(), this.wall.instant());
	}

	/** Copies the deals noted as changed; true when more notes wait. */
	private boolean copyChangedDeals() {
		Map<UUID, UUID> notes = this.deals.changed(BATCH);
		if (notes.isEmpty()) {
			return false;
		}
		List<DealId> ids = new LinkedHashSet<>(notes.values()).stream().map(DealId::new).toList();
		this.deals.replace(ids.stream().map(DealId::value).toList(), this.dealManagement.reportingFacts(ids),
				this.zone);
		this.deals.copied(notes.keySet());
		return notes.size() >= BATCH;
	}

}
