package org.tandem.campaigns.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.campaigns.CampaignChannel;
import org.tandem.campaigns.CampaignDraft;
import org.tandem.campaigns.CampaignManagement;
import org.tandem.campaigns.CampaignSummary;
import org.tandem.campaigns.CostLine;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.SourceCampaign;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;

/**
 * Gives every campaign the demo's people came from a plan, a budget and monthly costs,
 * owned by the marketers, so that the calendar and the costs read like a real company's.
 */
@Component
@Order(35)
class DemoCampaigns implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

	private final DemoMode demo;

	private final CampaignManagement campaigns;

	private final ContactManagement contacts;

	private final UserDirectory directory;

	DemoCampaigns(DemoMode demo, CampaignManagement campaigns, ContactManagement contacts, UserDirectory directory) {
		this.demo = demo;
		this.campaigns = campaigns;
		this.contacts = contacts;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || !this.campaigns.all().isEmpty()) {
			return;
		}
		List<UserSummary> marketers = this.directory.withRole(Role.MARKETING);
		Random random = new Random(11);
		int count = 0;
		for (SourceCampaign source : this.contacts.sourceCampaigns()) {
			LocalDate start = LocalDate.ofInstant(source.first(), ZoneOffset.UTC);
			LocalDate end = LocalDate.ofInstant(source.last(), ZoneOffset.UTC);
			// a lead costs 150 to 600 euros, the currency of the demo's deals
			BigDecimal perLead = BigDecimal.valueOf(150 + random.nextInt(450));
			BigDecimal spent = perLead.multiply(BigDecimal.valueOf(source.people()));
			CampaignSummary campaign = this.campaigns.create(new CampaignDraft(source.name(), channel(source.channel()),
					start, end, spent.multiply(BigDecimal.valueOf(11)).divide(BigDecimal.TEN), "EUR",
					marketers.isEmpty() ? null : marketers.get(count % marketers.size()).id(),
					source.people() + " leads", null));
			// the spending, booked month by month over the campaign's dates
			int months = Math.max(1, (int) ChronoUnit.MONTHS.between(start, end) + 1);
			BigDecimal monthly = spent.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_EVEN);
			for (int month = 0; month < months; month++) {
				LocalDate day = start.plusMonths(month);
				this.campaigns.addCost(campaign.id(),
						new CostLine(null, day.isAfter(end) ? end : day, monthly, "Media and production"));
			}
			count++;
		}
		log.info("Demo data: {} campaigns with their budgets and costs", count);
	}

	private static CampaignChannel channel(Channel channel) {
		if (channel == null) {
			return CampaignChannel.OTHER;
		}
		return switch (channel) {
			case ONLINE_ADS -> CampaignChannel.ONLINE_ADS;
			case CONTENT -> CampaignChannel.SEO_CONTENT;
			case SOCIAL -> CampaignChannel.SOCIAL;
			case EMAIL -> CampaignChannel.EMAIL;
			case WEBINAR -> CampaignChannel.WEBINAR;
			case DEMO_REQUEST -> CampaignChannel.DEMO;
			case OFFLINE_EVENT -> CampaignChannel.OFFLINE_EVENT;
			case PARTNER, REFERRAL -> CampaignChannel.PARTNER;
			default -> CampaignChannel.OTHER;
		};
	}

}
