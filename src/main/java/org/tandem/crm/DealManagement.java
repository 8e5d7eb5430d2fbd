package org.tandem.crm;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.domain.AuditTrail;
import org.tandem.crm.domain.Deal;
import org.tandem.crm.domain.DealQueries;
import org.tandem.crm.domain.DealRepository;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Money;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;
import org.tandem.platform.Versions;

/**
 * Creates, changes and reads deals. Sales reps see and change their own deals only.
 */
@Service
@Transactional
public class DealManagement {

	static final String RECORD = "DEAL";

	private final DealRepository deals;

	private final DealQueries queries;

	private final PipelineCatalogue pipelines;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DealManagement(DealRepository deals, DealQueries queries, PipelineCatalogue pipelines, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.deals = deals;
		this.queries = queries;
		this.pipelines = pipelines;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public DealSummary create(DealDraft draft, CurrentUser viewer) {
		Deal.DealValues values = values(draft, viewer);
		Instant now = this.clock.instant();
		Deal deal = Deal.create(values, now);
		this.deals.save(deal);
		this.audit.action(RECORD, deal.id().value(), "CREATED", values.name(), now);
		this.events.publishEvent(new DealChanged(deal.id(), now));
		return get(deal.id(), CurrentUser.SYSTEM);
	}

	/**
	 * Brings in a deal with its own history (an import or the demo data): created and,
	 * when closed, closed at the given times, by Tandem itself.
	 */
	public DealSummary importHistoric(DealDraft draft, Instant createdAt, @Nullable Instant closedAt) {
		Deal.DealValues values = values(draft, CurrentUser.SYSTEM);
		Deal deal = Deal.create(values, createdAt);
		deal.closeAt(closedAt);
		this.deals.save(deal);
		this.audit.action(RECORD, deal.id().value(), "CREATED", values.name(), createdAt);
		this.events.publishEvent(new DealChanged(deal.id(), createdAt));
		return get(deal.id(), CurrentUser.SYSTEM);
	}

	/**
	 * Brings a deal brought in before up to date with a later export: its values, and
	 * when closed, when it closed.
	 */
	public DealSummary reviseHistoric(DealId id, DealDraft draft, @Nullable Instant closedAt) {
		Deal deal = load(id, CurrentUser.SYSTEM);
		Instant now = this.clock.instant();
		Map<String, String[]> changes = deal.apply(values(draft, CurrentUser.SYSTEM), now);
		deal.closeAt(closedAt);
		this.audit.changed(RECORD, id.value(), changes, now);
		this.deals.save(deal);
		this.events.publishEvent(new DealChanged(id, now));
		return get(id, CurrentUser.SYSTEM);
	}

	public DealSummary update(DealId id, DealDraft draft, CurrentUser viewer) {
		Deal deal = load(id, viewer);
		Versions.requireCurrent(draft.version(), deal.version(), "deal " + id);
		Instant now = this.clock.instant();
		this.audit.changed(RECORD, id.value(), deal.apply(values(draft, viewer), now), now);
		this.deals.save(deal);
		this.events.publishEvent(new DealChanged(id, now));
		return get(id, viewer);
	}

	/**
	 * Moves a deal to another stage of its pipeline; {@code expected} is the stage the
	 * caller saw, and a deal that has moved since is refused as stale.
	 */
	public DealSummary moveTo(DealId id, UUID stage, @Nullable UUID expected, CurrentUser viewer) {
		Deal deal = load(id, viewer);
		if (expected != null && !expected.equals(deal.stageId())) {
			throw new OptimisticLockingFailureException("deal " + id + " has moved");
		}
		Instant now = this.clock.instant();
		this.audit.changed(RECORD, id.value(), deal.moveTo(this.pipelines.get(deal.pipelineId()), stage, now), now);
		this.deals.save(deal);
		this.events.publishEvent(new DealChanged(id, now));
		return get(id, viewer);
	}

	public void softDelete(DealId id, CurrentUser viewer) {
		Deal deal = load(id, viewer);
		Instant now = this.clock.instant();
		deal.softDelete(now);
		this.deals.save(deal);
		this.audit.action(RECORD, id.value(), "DELETED", null, now);
		this.events.publishEvent(new DealChanged(id, now));
	}

	@Transactional(readOnly = true)
	public Optional<DealSummary> find(DealId id, CurrentUser viewer) {
		return this.queries.find(id, viewer);
	}

	@Transactional(readOnly = true)
	public DealSummary get(DealId id, CurrentUser viewer) {
		return find(id, viewer).orElseThrow(() -> new NotFoundException("Deal", id));
	}

	@Transactional(readOnly = true)
	public PageResult<DealSummary> list(DealFilter filter, PageQuery page, CurrentUser viewer) {
		return this.queries.list(filter, page, viewer);
	}

	/**
	 * The deals won from {@code from} until {@code to}, the system's view: what revenue
	 * reports count.
	 */
	@Transactional(readOnly = true)
	public List<DealSummary> won(Instant from, Instant to) {
		return this.queries.won(from, to);
	}

	/** What shared reports need of these deals; deleted ones are left out. */
	@Transactional(readOnly = true)
	public List<DealFacts> reportingFacts(Collection<DealId> deals) {
		return this.queries.facts(deals);
	}

	/** Every deal not deleted, for readers that rebuild their view of them. */
	@Transactional(readOnly = true)
	public List<DealId> ids() {
		return this.queries.ids();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> history(DealId id, CurrentUser viewer) {
		get(id, viewer);
		return this.audit.history(id.value());
	}

	private Deal load(DealId id, CurrentUser viewer) {
		get(id, viewer);
		return this.deals.findById(id.value()).orElseThrow(() -> new NotFoundException("Deal", id));
	}

	private Deal.DealValues values(DealDraft draft, CurrentUser viewer) {
		PipelineView pipeline = this.pipelines.all()
			.stream()
			.filter(candidate -> candidate.id().equals(draft.pipeline()))
			.findFirst()
			.orElseThrow(() -> new InputRejectedException("pipeline", "unknown pipeline"));
		java.util.UUID stage = draft.stage() != null ? draft.stage() : pipeline.stages().get(0).id();
		pipeline.stage(stage);
		// a rep's deals are their own: they cannot create one for someone else
		org.tandem.identity.UserId owner = viewer.seesAllRecords() ? draft.owner() : viewer.id();
		if (draft.account() != null && !this.queries.accountExists(draft.account())) {
			throw new InputRejectedException("account", "unknown account");
		}
		List<ContactId> contacts = draft.contacts() == null ? List.of() : draft.contacts().stream().distinct().toList();
		if (this.queries.countContacts(contacts) != contacts.size()) {
			throw new InputRejectedException("contacts", "unknown contact");
		}
		Money value = new Money(draft.amount(), Money.currency(draft.currency()));
		return new Deal.DealValues(draft.name().strip(), draft.account(), pipeline, stage, value, draft.expectedClose(),
				owner, contacts);
	}

}
