package org.tandem.funnel.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.crm.ActivityDraft;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ActivityType;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.DealDraft;
import org.tandem.crm.DealManagement;
import org.tandem.crm.PipelineCatalogue;
import org.tandem.crm.PipelineView;
import org.tandem.funnel.LifecycleStage;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;

/**
 * The demo deals and sales calls that go with the demo funnel: a deal for every contact
 * that became an opportunity, in a pipeline stage that matches the outcome, and a first
 * call.
 */
@Component
class DemoDeals {

	private final DealManagement deals;

	private final PipelineCatalogue pipelines;

	private final ActivityLog activities;

	private final UserDirectory people;

	DemoDeals(DealManagement deals, PipelineCatalogue pipelines, ActivityLog activities, UserDirectory people) {
		this.deals = deals;
		this.pipelines = pipelines;
		this.activities = activities;
		this.people = people;
	}

	List<UserSummary> reps() {
		return this.people.withRole(Role.SALES);
	}

	List<UserSummary> marketers() {
		return this.people.withRole(Role.MARKETING);
	}

	void record(ContactSummary contact, @Nullable UserSummary owner, @Nullable Instant opportunityAt,
			LifecycleStage stage, Instant at, Random random) {
		if (owner == null) {
			return;
		}
		CurrentUser rep = CurrentUser.of(owner);
		this.activities.record(new ActivityDraft(ActivityType.CALL, at.minus(Duration.ofHours(2)), contact.id(), null,
				null, "First call", null), rep);
		if (opportunityAt == null) {
			return;
		}
		List<PipelineView> all = this.pipelines.all();
		PipelineView pipeline = all.get(random.nextInt(all.size()));
		String outcome = stage == LifecycleStage.WON ? "WON" : stage == LifecycleStage.LOST ? "LOST" : "OPEN";
		List<PipelineView.Stage> candidates = pipeline.stages()
			.stream()
			.filter(candidate -> candidate.outcome().equals(outcome))
			.toList();
		PipelineView.Stage dealStage = candidates.get(random.nextInt(candidates.size()));
		DealDraft draft = new DealDraft(contact.accountName() + " — " + pipeline.name(), contact.account(),
				pipeline.id(), dealStage.id(), DemoFunnel.amount(random), "EUR",
				opportunityAt.plus(Duration.ofDays(45)).atZone(ZoneOffset.UTC).toLocalDate(), owner.id(),
				List.of(contact.id()), null);
		this.deals.importHistoric(draft, opportunityAt, "OPEN".equals(outcome) ? null : at);
	}

}
