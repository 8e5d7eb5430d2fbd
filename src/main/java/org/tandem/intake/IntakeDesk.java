package org.tandem.intake;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.AccountId;
import org.tandem.crm.AccountManagement;
import org.tandem.crm.ActivityDraft;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ActivityType;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactDraft;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactManagement.Captured;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.intake.domain.SubmissionLog;

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

	public IntakeResult submit(LeadSubmission lead) {
		String source = lead.source().name();
		if (lead.externalId() != null && !lead.externalId().isBlank()) {
			Optional<ContactId> known = this.submissions.find(source, lead.externalId().strip());
			if (known.isPresent()) {
				return new IntakeResult(known.get(), IntakeResult.Outcome.DUPLICATE);
			}
		}
		Captured contact = this.contacts.capture(draft(lead, account(lead)),
				lead.consent() ? "intake: " + source : null);
		ActivityType type = lead.source() == Channel.EMAIL ? ActivityType.EMAIL : ActivityType.FORM;
		this.activities.record(new ActivityDraft(type, null, contact.id(), null, null,
				subject(lead, !contact.created()), lead.message()), CurrentUser.SYSTEM);
		if (lead.externalId() != null && !lead.externalId().isBlank()) {
			this.submissions.record(source, lead.externalId().strip(), contact.id());
		}
		if (lead.visitorId() != null && !lead.visitorId().isBlank()) {
			this.behaviour.stitch(lead.visitorId().strip(), contact.id());
		}
		return new IntakeResult(contact.id(),
				contact.created() ? IntakeResult.Outcome.CREATED : IntakeResult.Outcome.UPDATED);
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
		if (lead.company() == null || lead.company().isBlank()) {
			return null;
		}
		return this.accounts.findOrCreate(lead.company(), lead.companyDomain());
	}

	private static ContactDraft draft(LeadSubmission lead, @Nullable AccountId account) {
		return new ContactDraft(lead.email(), lead.firstName(), lead.lastName(), lead.phone(), lead.title(), account,
				lead.source(), lead.campaign(), lead.form(), lead.language(), lead.attributes(), null);
	}

	private static String subject(LeadSubmission lead, boolean again) {
		String what = lead.source().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
				+ (lead.campaign() == null ? "" : ": " + lead.campaign());
		return (again ? "Submitted again via " : "Submitted via ") + what;
	}

}
