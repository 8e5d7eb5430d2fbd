package org.tandem.campaigns.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.campaigns.CampaignBrief;
import org.tandem.campaigns.CampaignChannel;
import org.tandem.campaigns.CampaignDraft;
import org.tandem.campaigns.CampaignManagement;
import org.tandem.campaigns.CampaignProposals;
import org.tandem.campaigns.CampaignSummary;
import org.tandem.campaigns.Material;
import org.tandem.campaigns.MaterialDraft;
import org.tandem.campaigns.MaterialKind;
import org.tandem.campaigns.MaterialLibrary;
import org.tandem.campaigns.MaterialSend;
import org.tandem.campaigns.ProposalDraft;
import org.tandem.campaigns.domain.MaterialStore;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.SizeBand;
import org.tandem.funnel.LifecycleStage;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;
import org.tandem.platform.PageQuery;

/**
 * What marketing gives sales in the demo company: launched campaigns with their briefs
 * (one still to start), a library of materials reps have been sending for months, and
 * campaign proposals from sales, one waiting and one declined.
 */
@Component
@Order(37)
class DemoSalesKit implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSalesKit.class);

	private final DemoMode demo;

	private final CampaignManagement campaigns;

	private final CampaignProposals proposals;

	private final MaterialLibrary library;

	private final MaterialStore sends;

	private final ContactManagement contacts;

	private final UserDirectory directory;

	DemoSalesKit(DemoMode demo, CampaignManagement campaigns, CampaignProposals proposals, MaterialLibrary library,
			MaterialStore sends, ContactManagement contacts, UserDirectory directory) {
		this.demo = demo;
		this.campaigns = campaigns;
		this.proposals = proposals;
		this.library = library;
		this.sends = sends;
		this.contacts = contacts;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || !this.library.all(true).isEmpty() || this.campaigns.all().isEmpty()) {
			return;
		}
		List<UserSummary> marketers = this.directory.withRole(Role.MARKETING);
		List<UserSummary> reps = this.directory.withRole(Role.SALES);
		if (marketers.isEmpty() || reps.isEmpty()) {
			return;
		}
		CurrentUser marketer = CurrentUser.of(marketers.get(0));
		launch(marketer);
		List<Material> materials = materials(marketer);
		int sent = sends(materials, new Random(23));
		propose(reps, marketer);
		log.info("Demo data: campaigns launched for sales, {} materials sent {} times, proposals from sales",
				materials.size(), sent);
	}

	/**
	 * The latest campaigns are launched with their briefs, and a webinar series is next.
	 */
	private void launch(CurrentUser marketer) {
		List<CampaignSummary> latest = this.campaigns.all()
			.stream()
			.sorted(Comparator.comparing(CampaignSummary::startsOn).reversed())
			.limit(2)
			.toList();
		for (CampaignSummary campaign : latest) {
			this.campaigns.saveBrief(campaign.id(),
					new CampaignBrief("Heads of sales and marketing at mid-sized firms",
							"A free funnel audit with a named consultant", 120,
							"Ask how they hand leads over today.\nOffer the audit before the price."));
			this.campaigns.launch(campaign.id(), marketer);
		}
		LocalDate start = LocalDate.now().plusDays(10);
		CampaignSummary next = this.campaigns.create(new CampaignDraft("Revenue alignment webinar series",
				CampaignChannel.WEBINAR, start, start.plusWeeks(6), new java.math.BigDecimal("18000"), "EUR",
				marketer.id(), "300 registrations, 90 MQLs", null));
		this.campaigns.saveBrief(next.id(),
				new CampaignBrief("Sales and marketing directors of companies with 50 to 500 people",
						"Three live sessions on shared KPIs, with a recording and a checklist", 90,
						"Registrants who attend two sessions are hot: call within a day.\n"
								+ "Mention the checklist; it opens the conversation about their funnel."));
		this.campaigns.launch(next.id(), marketer);
	}

	private List<Material> materials(CurrentUser marketer) {
		CampaignSummary webinar = this.campaigns.all()
			.stream()
			.filter(campaign -> campaign.channel() == CampaignChannel.WEBINAR)
			.findFirst()
			.orElse(null);
		List<MaterialDraft> drafts = List.of(
				new MaterialDraft("Tandem product overview", MaterialKind.DECK, "Twelve slides for a first meeting",
						"https://files.example.com/sales/product-overview.pdf", null, null, null, null, null),
				new MaterialDraft("Pricing at a glance", MaterialKind.PRICE_SHEET, "Plans, seats and discounts",
						"https://files.example.com/sales/pricing.pdf", null, null, null, LifecycleStage.SQL, null),
				new MaterialDraft("Case study: a manufacturer halves its hand-off time", MaterialKind.CASE_STUDY,
						"Mid-sized industrial company, 18 months with Tandem",
						"https://files.example.com/sales/case-manufacturing.pdf", null, null, SizeBand.MEDIUM, null,
						null),
				new MaterialDraft("Follow-up after the webinar", MaterialKind.EMAIL_TEMPLATE, null, null,
						"Hello {first name},\n\nthank you for joining our webinar. Here is the recording and the "
								+ "checklist we promised. Would a 20-minute call next week help you apply it?\n\n"
								+ "Best regards",
						webinar == null ? null : webinar.id(), null, LifecycleStage.MQL, null),
				new MaterialDraft("ROI calculator walkthrough", MaterialKind.VIDEO, "Five minutes, for the buyer's CFO",
						"https://video.example.com/roi-walkthrough", null, null, null, LifecycleStage.OPPORTUNITY,
						null),
				new MaterialDraft("Security questionnaire answers", MaterialKind.OTHER,
						"What enterprise procurement asks", "https://files.example.com/sales/security.pdf", null, null,
						SizeBand.ENTERPRISE, null, null));
		List<Material> materials = new ArrayList<>();
		drafts.forEach(draft -> materials.add(this.library.create(draft, marketer)));
		return materials;
	}

	/**
	 * Reps' sends over the past months: each owned lead got a piece or two some days
	 * after it came in, from its owner.
	 */
	private int sends(List<Material> materials, Random random) {
		Map<UserId, String> names = new java.util.HashMap<>();
		this.directory.all().forEach(person -> names.put(person.id(), person.displayName()));
		int count = 0;
		for (ContactSummary contact : this.contacts
			.list(ContactFilter.none(), PageQuery.of(0, PageQuery.MAX_SIZE, "created", "created"), CurrentUser.SYSTEM)
			.items()) {
			if (contact.owner() == null || random.nextInt(3) > 0) {
				continue;
			}
			int pieces = 1 + random.nextInt(2);
			for (int i = 0; i < pieces; i++) {
				Material material = materials.get(random.nextInt(materials.size()));
				this.sends.recordSend(
						new MaterialSend(material.id(), contact.id(), names.getOrDefault(contact.owner(), "?"),
								contact.createdAt().plus(Duration.ofDays(2 + random.nextInt(10)))),
						contact.owner().value());
				count++;
			}
		}
		return count;
	}

	private void propose(List<UserSummary> reps, CurrentUser marketer) {
		CurrentUser rep = CurrentUser.of(reps.get(0));
		this.proposals.propose(new ProposalDraft("Customer stories from manufacturing", CampaignChannel.WEBINAR,
				"Operations directors of manufacturers",
				"Three of my prospects asked this month for a reference in "
						+ "their industry; a short webinar with a customer would answer all of them at once.",
				LocalDate.now().plusWeeks(5)), rep);
		CurrentUser other = CurrentUser.of(reps.get(reps.size() > 1 ? 1 : 0));
		var declined = this.proposals.propose(
				new ProposalDraft("Trade fair stand in Kazan", CampaignChannel.OFFLINE_EVENT, "Regional distributors",
						"Distributors in the Volga region keep asking whether we exhibit there.", null),
				other);
		this.proposals.decline(declined.id(), "Not this year: the events budget is spent; we will run a regional "
				+ "webinar for distributors in the spring instead.", marketer);
	}

}
