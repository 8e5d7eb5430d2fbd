package org.tandem.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.domain.CampaignStore;

/**
 * Tells both departments how each launched campaign did once its last day has passed:
 * once per campaign, whichever instance gets there first.
 */
@Component
class CampaignResultsTeller {

	private final CampaignStore store;

	private final CampaignReports reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CampaignResultsTeller(CampaignStore store, CampaignReports reports, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	/** Each morning, and when asked: the campaigns that ended and were not yet told. */
	@SchedulerLock(name = "campaigns.results", lockAtMostFor = "30m")
	@Scheduled(cron = "${tandem.campaigns.results-cron:0 0 6 * * *}")
	@Transactional
	public int tellEnded() {
		List<CampaignId> ended = this.store.endedUntold(LocalDate.now(this.clock));
		if (ended.isEmpty()) {
			return 0;
		}
		Set<CampaignId> wanted = Set.copyOf(ended);
		Instant now = this.clock.instant();
		int told = 0;
		for (CampaignResult result : this.reports.results(AttributionModel.LAST_TOUCH)) {
			CampaignSummary campaign = result.campaign();
			if (wanted.contains(campaign.id()) && campaign.endsOn() != null
					&& this.store.resultsTold(campaign.id(), now)) {
				this.events.publishEvent(new CampaignEnded(campaign.id(), campaign.name(), campaign.owner(),
						campaign.endsOn(), result.leads(), result.mqls(), result.sqls(), result.wonDeals(),
						result.revenue(), result.roi(), now));
				told++;
			}
		}
		return told;
	}

}
