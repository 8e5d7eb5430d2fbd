package org.tandem.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.AccountId;
import org.tandem.crm.AccountManagement;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ActivityType;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactDraft;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactManagement.Capture;
import org.tandem.crm.ContactManagement.Captured;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.intake.domain.SubmissionLog;
import org.tandem.intake.domain.SubmissionLog.Key;
import org.tandem.platform.Outcome;
import org.tandem.platform.Phrase;

/**
 * Takes a lead from any channel into the shared record: the same submission twice is one
 * lead, a known person is enriched and gets the submission on their timeline, a new
 * person is created, and what they did before as an anonymous visitor is stitched to
 * them.
 */
@Service
@Transactional
public class IntakeDesk {

	private final ContactManagement contacts;

	private final AccountManagement accounts;

	private final ActivityLog activities;

	private final SubmissionLog submissions;

	private final BehaviourDesk behaviour;

	IntakeDesk(ContactManagement contacts, AccountManagement accounts, ActivityLog activities,
			SubmissionLog submissions, BehaviourDesk behaviour) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.activities = activities;
		this.submissions = submissions;
		this.behaviour = behaviour;
	}

	/** Takes one lead in: {@link #submitAll} for a group of one. */
	public IntakeResult submit(LeadSubmission lead) {
		return submitAll(List.of(lead)).get(0).get();
	}

	/** The submission on the person's timeline, and what they did before as a visitor. */
	private void stored(LeadSubmission lead, Captured contact) {
		ActivityType type = lead.source() == Channel.EMAIL ? ActivityType.EMAIL : ActivityType.FORM;
		Phrase said = said(lead, !contact.created());
		this.activities.recordSaid(type, null, contact.id(), said, lead.message(), CurrentUser.SYSTEM);
		if (lead.visitorId() != null && !lead.visitorId().isBlank()) {
			this.behaviour.stitch(lead.visitorId().strip(), contact.id());
		}
	}

	private static IntakeResult result(Captured contact) {
		return new IntakeResult(contact.id(),
				contact.created() ? IntakeResult.Outcome.CREATED : IntakeResult.Outcome.UPDATED);
	}

	private static @Nullable String consent(LeadSubmission lead) {
		return lead.consent() ? "intake: " + lead.source().name() : null;
	}

	private static @Nullable Key key(LeadSubmission lead) {
		return lead.externalId() == null || lead.externalId().isBlank() ? null
				: new Key(lead.source().name(), lead.externalId().strip());
	}

	/**
	 * {@link #submit} for a group of leads committed together: their natural keys,
	 * companies and people are looked up together and the new people inserted in one
	 * batch. The answers follow the order of {@code leads}; a lead refused for its input
	 * is answered with the reason, and the others are stored all the same.
	 */
	public List<Outcome<IntakeResult>> submitAll(List<LeadSubmission> leads) {
		List<@Nullable Key> keys = leads.stream().map(IntakeDesk::key).toList();
		Map<Key, ContactId> named = new HashMap<>(
				this.submissions.findAll(keys.stream().filter(Objects::nonNull).collect(Collectors.toSet())));
		List<@Nullable Outcome<IntakeResult>> outcomes = new ArrayList<>(Collections.nCopies(leads.size(), null));
		Map<Key, Integer> firstWithKey = new HashMap<>();
		List<Integer> capturing = new ArrayList<>();
		for (int i = 0; i < leads.size(); i++) {
			Key key = keys.get(i);
			if (key != null && (named.containsKey(key) || firstWithKey.putIfAbsent(key, i) != null)) {
				continue; // answered below, once the first lead with this key is stored
			}
			capturing.add(i);
		}
		Map<AccountManagement.Named, AccountId> companies = this.accounts.findOrCreateAll(
				capturing.stream().map(leads::get).map(IntakeDesk::company).filter(Objects::nonNull).toList());
		List<Capture> captures = new ArrayList<>();
		for (int i : capturing) {
			LeadSubmission lead = leads.get(i);
			AccountManagement.Named company = company(lead);
			captures.add(new Capture(draft(lead, company == null ? null : companies.get(company)), consent(lead)));
		}
		List<Outcome<Captured>> captured = this.contacts.captureAll(captures);
		Map<Key, ContactId> recorded = new LinkedHashMap<>();
		for (int c = 0; c < captured.size(); c++) {
			int i = capturing.get(c);
			Outcome<Captured> outcome = captured.get(c);
			if (outcome.isRefused()) {
				outcomes.set(i, Outcome.refused(Objects.requireNonNull(outcome.refusal())));
				continue;
			}
			Captured contact = outcome.get();
			stored(leads.get(i), contact);
			Key key = keys.get(i);
			if (key != null) {
				recorded.put(key, contact.id());
				named.put(key, contact.id());
			}
			outcomes.set(i, Outcome.of(result(contact)));
		}
		this.submissions.recordAll(recorded);
		for (int i = 0; i < leads.size(); i++) {
			if (outcomes.get(i) == null) {
				Key key = Objects.requireNonNull(keys.get(i));
				ContactId first = named.get(key);
				outcomes.set(i, first != null ? Outcome.of(new IntakeResult(first, IntakeResult.Outcome.DUPLICATE))
						: outcomes.get(firstWithKey.get(key)));
			}
		}
		return List.copyOf(outcomes);
	}

	/**
	 * An import with the UPDATE policy: the row's non-empty values replace what the known
	 * person's record holds.
	 */
	public IntakeResult overwrite(ContactSummary known, LeadSubmission lead) {
		AccountId account = account(lead);
		ContactDraft draft = new ContactDraft(known.email(), lead.firstName(), lead.lastName(),
				lead.phone() != null ? lead.phone() : known.phone(),
				lead.title() != null ? lead.title() : known.title(), account != null ? account : known.account(),
				known.sourceChannel(), lead.campaign() != null ? lead.campaign() : known.sourceCampaign(), lead.form(),
				lead.language() != null ? lead.language() : known.language(), known.attributes(), known.version());
		this.contacts.update(known.id(), draft, CurrentUser.SYSTEM);
		return new IntakeResult(known.id(), IntakeResult.Outcome.UPDATED);
	}

	private @Nullable AccountId account(LeadSubmission lead) {
		AccountManagement.Named company = company(lead);
		return company == null ? null : this.accounts.findOrCreate(company.name(), company.domain());
	}

	private static AccountManagement.@Nullable Named company(LeadSubmission lead) {
		return lead.company() == null || lead.company().isBlank() ? null
				: new AccountManagement.Named(lead.company(), lead.companyDomain());
	}

	private static ContactDraft draft(LeadSubmission lead, @Nullable AccountId account) {
		return new ContactDraft(lead.email(), lead.firstName(), lead.lastName(), lead.phone(), lead.title(), account,
				lead.source(), lead.campaign(), lead.form(), lead.language(), lead.attributes(), null);
	}

	/** What the timeline says of a submission: by which channel, for which campaign. */
	private static Phrase said(LeadSubmission lead, boolean again) {
		String code = (again ? "activity.said.submittedAgain" : "activity.said.submitted")
				+ (lead.campaign() == null ? "" : "For");
		Phrase said = new Phrase(code, List.of(), List.of()).withKey("channel." + lead.source().name());
		return lead.campaign() == null ? said : said.with(lead.campaign());
	}

}
