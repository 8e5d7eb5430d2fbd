package org.tandem.campaigns.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.campaigns.FeedbackDraft;
import org.tandem.campaigns.FeedbackKind;
import org.tandem.campaigns.HeardOn;
import org.tandem.campaigns.Sentiment;
import org.tandem.campaigns.domain.FeedbackStore;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.ReportingFacts;
import org.tandem.funnel.FunnelReports;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;

/**
 * What the demo company's customers told its reps over the last two months: the themes
 * marketing reads and the weekly meeting goes through.
 */
@Component
@Order(38)
class DemoFeedback implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);

	/** A remark as reps keep hearing it. */
	private record Heard(FeedbackKind kind, String theme, String competitor, Sentiment sentiment, String quote,
			int weight) {
	}

	private static final List<Heard> HEARD = List.of(
			new Heard(FeedbackKind.OBJECTION, "Too expensive for small teams", null, Sentiment.NEGATIVE,
					"We are twelve people, the per-seat price does not work for us", 9),
			new Heard(FeedbackKind.PRODUCT_REQUEST, "Integration with 1C", null, Sentiment.NEUTRAL,
					"Our accountants live in 1C; without it this is a second system", 7),
			new Heard(FeedbackKind.COMPETITOR, "Compared with amoCRM", "amoCRM", Sentiment.NEUTRAL,
					"amoCRM offered us a free pilot for three months", 6),
			new Heard(FeedbackKind.NEED, "Faster onboarding for new reps", null, Sentiment.POSITIVE,
					"If a new rep can work in it on day one, we buy", 5),
			new Heard(FeedbackKind.PRAISE, "The webinar on lead scoring", null, Sentiment.POSITIVE,
					"The scoring webinar was the clearest explanation we have seen", 4),
			new Heard(FeedbackKind.PRICE_REACTION, "Annual discount not visible", null, Sentiment.NEGATIVE,
					"Only on the call did I learn there is an annual discount", 4));

	private final DemoMode demo;

	private final FeedbackStore store;

	private final FunnelReports funnel;

	private final ContactManagement contacts;

	private final UserDirectory directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoFeedback(DemoMode demo, FeedbackStore store, FunnelReports funnel, ContactManagement contacts,
			UserDirectory directory, JdbcClient jdbc, Clock clock) {
		this.demo = demo;
		this.store = store;
		this.funnel = funnel;
		this.contacts = contacts;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled()
				|| this.jdbc.sql("SELECT COUNT(*) FROM campaigns_feedback").query(Long.class).single() > 0) {
			return;
		}
		List<UserSummary> reps = this.directory.withRole(Role.SALES).stream().filter(UserSummary::enabled).toList();
		List<ContactId> leads = this.funnel.leadsAfter(null, 400);
		if (reps.isEmpty() || leads.isEmpty()) {
			return;
		}
		Map<ContactId, ContactSummary> people = this.contacts.findAll(leads);
		Map<ContactId, ReportingFacts> facts = this.contacts.reportingFacts(leads);
		Random random = new Random(27);
		Instant now = this.clock.instant();
		int logged = 0;
		for (Heard heard : HEARD) {
			for (int i = 0; i < heard.weight(); i++) {
				ContactId lead = leads.get(random.nextInt(leads.size()));
				ContactSummary person = people.get(lead);
				if (person == null) {
					continue;
				}
				UserSummary rep = reps.get(random.nextInt(reps.size()));
				ReportingFacts fact = facts.get(lead);
				this.store.insert(UUID.randomUUID(),
						new FeedbackDraft(lead, heard.kind(), heard.theme(), heard.competitor(), heard.sentiment(),
								i % 2 == 0 ? heard.quote() : null, i % 3 == 0 ? HeardOn.MEETING : HeardOn.CALL),
						fact == null ? person.sourceCampaign() : fact.campaign(),
						fact == null || fact.segment() == null ? null : fact.segment().name(), CurrentUser.of(rep),
						now.minus(Duration.ofHours(6 + random.nextInt(24 * 56))));
				logged++;
			}
		}
		log.info("Demo data: {} customer remarks reps logged for marketing", logged);
	}

}
