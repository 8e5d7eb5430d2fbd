package org.tandem.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.domain.ProposalStore;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * Sales proposes campaigns from what reps hear; marketing turns a proposal into a
 * campaign on the shared calendar, or declines it saying why.
 */
@Service
@Transactional
public class CampaignProposals {

	private final ProposalStore store;

	private final CampaignManagement campaigns;

	private final Clock clock;

	private final String currency;

	CampaignProposals(ProposalStore store, CampaignManagement campaigns, Clock clock,
			@Value("${tandem.campaigns.default-currency:EUR}") String currency) {
		this.store = store;
		this.campaigns = campaigns;
		this.clock = clock;
		this.currency = currency;
	}

	public CampaignProposal propose(ProposalDraft draft, CurrentUser by) {
		UUID id = UUID.randomUUID();
		this.store.insert(id, draft, by, this.clock.instant());
		return get(id);
	}

	@Transactional(readOnly = true)
	public CampaignProposal get(UUID id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("Proposal", id));
	}

	/** Every proposal, the open ones first. */
	@Transactional(readOnly = true)
	public List<CampaignProposal> all() {
		return this.store.all();
	}

	/**
	 * Marketing takes a proposal up: it becomes a campaign owned by the marketer, on the
	 * date sales suggested (or today), with the proposal's reasons as its goal.
	 */
	public CampaignSummary accept(UUID id, CurrentUser marketer) {
		CampaignProposal proposal = open(id);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate starts = proposal.startsOn() != null && proposal.startsOn().isAfter(today) ? proposal.startsOn()
				: today;
		String goal = abbreviate("Proposed by " + proposal.proposedByName() + " for " + proposal.targetSegment() + ": "
				+ proposal.rationale(), 1000);
		CampaignSummary campaign = this.campaigns.create(new CampaignDraft(proposal.name(), proposal.channel(), starts,
				null, null, this.currency, marketer.id(), goal, null));
		this.store.decide(id, ProposalStatus.ACCEPTED, marketer.displayName(), null, campaign.id(),
				this.clock.instant());
		return campaign;
	}

	/** Marketing declines a proposal, saying why, for sales to read. */
	public CampaignProposal decline(UUID id, @Nullable String note, CurrentUser marketer) {
		open(id);
		if (note == null || note.isBlank() || note.length() > 1000) {
			throw new InputRejectedException("note", "say why, in at most 1000 characters");
		}
		this.store.decide(id, ProposalStatus.DECLINED, marketer.displayName(), note.strip(), null,
				this.clock.instant());
		return get(id);
	}

	private CampaignProposal open(UUID id) {
		CampaignProposal proposal = get(id);
		if (proposal.status() != ProposalStatus.OPEN) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "status",
					"the proposal was " + proposal.status().name().toLowerCase(java.util.Locale.ROOT) + " already");
		}
		return proposal;
	}

	private static String abbreviate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
