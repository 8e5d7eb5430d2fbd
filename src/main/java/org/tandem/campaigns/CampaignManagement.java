package org.tandem.campaigns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.domain.CampaignStore;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Money;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Versions;

/**
 * Plans campaigns, books what they cost and remembers whom they touched. Both departments
 * read campaigns; the route policy lets marketing and the heads change them.
 */
@Service
@Transactional
public class CampaignManagement {

	private final CampaignStore store;

	private final UserDirectory directory;

	private final ContactManagement contacts;

	private final Clock clock;

	private final CreditCache credits;

	private final ApplicationEventPublisher events;

	CampaignManagement(CampaignStore store, UserDirectory directory, ContactManagement contacts, CreditCache credits,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.store = store;
		this.credits = credits;
		this.directory = directory;
		this.contacts = contacts;
		this.clock = clock;
	}

	public CampaignSummary create(CampaignDraft draft) {
		check(draft, null);
		CampaignId id = CampaignId.random();
		this.store.insert(id, draft, this.clock.instant());
		this.credits.changed();
		return get(id);
	}

	/** Changes a campaign; the draft's version must be the one last read. */
	public CampaignSummary update(CampaignId id, CampaignDraft draft) {
		Versions.requireCurrent(draft.version(), row(id).version(), "campaign " + id);
		check(draft, id);
		if (!this.store.update(id, draft, Objects.requireNonNull(draft.version()), this.clock.instant())) {
			throw new OptimisticLockingFailureException("campaign " + id + " changed since version " + draft.version());
		}
		this.credits.changed();
		return get(id);
	}

	@Transactional(readOnly = true)
	public CampaignSummary get(CampaignId id) {
		CampaignStore.Row row = row(id);
		return summary(row, this.store.spent(List.of(id)).get(id), names(List.of(row)));
	}

	/**
	 * The campaign, if there is one: campaigns are on the calendar both departments see.
	 */
	@Transactional(readOnly = true)
	public Optional<CampaignSummary> find(CampaignId id) {
		return this.store.find(id).map(row -> summary(row, this.store.spent(List.of(id)).get(id), names(List.of(row))));
	}

	/** Every campaign, the latest start first: the calendar both departments see. */
	@Transactional(readOnly = true)
	public List<CampaignSummary> all() {
		List<CampaignStore.Row> rows = this.store.all();
		Map<CampaignId, BigDecimal> spent = this.store.spent(rows.stream().map(CampaignStore.Row::id).toList());
		Map<UserId, String> names = names(rows);
		return rows.stream().map(row -> summary(row, spent.get(row.id()), names)).toList();
	}

	/** Books money the campaign spent, in its currency. */
	public CostLine addCost(CampaignId id, CostLine line) {
		CampaignStore.Row row = row(id);
		// refuses more decimals than the currency has
		new Money(line.amount(), Money.currency(row.currency()));
		this.credits.changed();
		return this.store.addCost(id, line, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public List<CostLine> costs(CampaignId id) {
		row(id);
		return this.store.costs(id);
	}

	/**
	 * Writes the campaign's brief for sales; a changed brief waits for the sales head's
	 * approval again.
	 */
	public BriefStatus saveBrief(CampaignId id, CampaignBrief brief) {
		row(id);
		this.store.saveBrief(id, brief);
		return this.store.brief(id);
	}

	@Transactional(readOnly = true)
	public BriefStatus brief(CampaignId id) {
		row(id);
		return this.store.brief(id);
	}

	/**
	 * The sales head approves the brief, or asks for changes with a comment saying which.
	 */
	public BriefStatus decide(CampaignId id, Approval decision, @Nullable String comment, CurrentUser head) {
		if (decision != Approval.APPROVED && decision != Approval.CHANGES_REQUESTED) {
			throw new InputRejectedException("decision", "is APPROVED or CHANGES_REQUESTED");
		}
		if (this.brief(id).approval() == Approval.NO_BRIEF) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "decision", "there is no brief to decide on yet");
		}
		boolean silent = comment == null || comment.isBlank();
		if (decision == Approval.CHANGES_REQUESTED && silent) {
			throw new InputRejectedException("comment", "say which changes are needed");
		}
		Instant now = this.clock.instant();
		this.store.decide(id, decision, head.displayName(), now);
		if (!silent) {
			this.store.addComment(id, head.id(), head.displayName(), comment, now);
		}
		return this.store.brief(id);
	}

	/**
	 * Launches the campaign: from now on sales sees it among the campaigns coming their
	 * way, with its brief, and {@link CampaignLaunched} tells the channels. A campaign
	 * launches once, and only with a brief that tells sales what to expect.
	 */
	public CampaignSummary launch(CampaignId id, CurrentUser by) {
		CampaignStore.Row row = row(id);
		if (this.store.brief(id).approval() == Approval.NO_BRIEF) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "brief",
					"write the brief first: it is what sales reads when the campaign launches");
		}
		Instant now = this.clock.instant();
		if (!this.store.launch(id, by.displayName(), now)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "launchedAt", "the campaign was launched already");
		}
		this.events.publishEvent(new CampaignLaunched(id, row.name(), row.channel(), row.startsOn(), row.endsOn(),
				by.displayName(), now));
		return get(id);
	}

	/**
	 * The campaigns coming sales' way: launched in the last {@code days} days, or
	 * launched and starting later, the next to start first, each with its brief.
	 */
	@Transactional(readOnly = true)
	public List<Launch> launches(int days) {
		LocalDate today = LocalDate.now(this.clock);
		Instant since = this.clock.instant().minus(java.time.Duration.ofDays(days));
		return all().stream()
			.filter(campaign -> campaign.launchedAt() != null
					&& (campaign.launchedAt().isAfter(since) || campaign.startsOn().isAfter(today)))
			.sorted(java.util.Comparator.comparing(CampaignSummary::startsOn))
			.map(campaign -> new Launch(campaign, this.store.brief(campaign.id())))
			.toList();
	}

	/** A campaign launched for sales, with what its brief tells them. */
	public record Launch(CampaignSummary campaign, BriefStatus brief) {
	}

	/** A remark on the campaign by someone from either department. */
	public CampaignComment comment(CampaignId id, String body, CurrentUser author) {
		row(id);
		if (body.isBlank() || body.length() > 2000) {
			throw new InputRejectedException("body", "must be 1 to 2000 characters long");
		}
		return this.store.addComment(id, author.id(), author.displayName(), body, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public List<CampaignComment> comments(CampaignId id) {
		row(id);
		return this.store.comments(id);
	}

	/** Remembers that the campaign touched a person (now, when no moment is given). */
	public Touch recordTouch(CampaignId id, ContactId contact, TouchKind kind, @Nullable Instant at) {
		row(id);
		if (this.contacts.findAll(List.of(contact)).isEmpty()) {
			throw new InputRejectedException("contact", "is not a known contact");
		}
		Instant now = this.clock.instant();
		if (at != null && at.isAfter(now.plusSeconds(300))) {
			throw new InputRejectedException("at", "lies in the future");
		}
		Touch touch = new Touch(id, contact, kind, at == null ? now : at);
		this.store.addTouch(touch);
		this.credits.changed();
		return touch;
	}

	/** The campaign touches of these people, oldest first: what attribution splits. */
	@Transactional(readOnly = true)
	public List<Touch> touchesOf(Collection<ContactId> people) {
		return this.store.touchesOf(people);
	}

	private void check(CampaignDraft draft, @Nullable CampaignId self) {
		Money.currency(draft.currency());
		if (draft.budget() != null) {
			try {
				new Money(draft.budget(), Money.currency(draft.currency()));
			}
			catch (InputRejectedException tooPrecise) {
				throw new InputRejectedException(HttpStatus.BAD_REQUEST, "budget", tooPrecise.message());
			}
		}
		if (draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
			throw new InputRejectedException("endsOn", "must not be before the start");
		}
		if (draft.owner() != null && this.directory.find(draft.owner()).isEmpty()) {
			throw new InputRejectedException("owner", "is not a known user");
		}
		if (this.store.nameTaken(draft.name(), self)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "name", "a campaign with this name exists");
		}
	}

	private CampaignStore.Row row(CampaignId id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
	}

	private Map<UserId, String> names(List<CampaignStore.Row> rows) {
		Set<UserId> owners = rows.stream()
			.map(CampaignStore.Row::owner)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return owners.isEmpty() ? Map.of() : this.directory.displayNames(owners);
	}

	private static CampaignSummary summary(CampaignStore.Row row, @Nullable BigDecimal spent,
			Map<UserId, String> names) {
		Currency currency = Money.currency(row.currency());
		return new CampaignSummary(row.id(), row.name(), row.channel(), row.startsOn(), row.endsOn(),
				row.budget() == null ? null : new Money(row.budget(), currency),
				new Money(spent == null ? BigDecimal.ZERO : spent, currency), row.owner(),
				row.owner() == null ? null : names.get(row.owner()), row.goal(), row.launchedAt(), row.launchedBy(),
				row.version());
	}

}
