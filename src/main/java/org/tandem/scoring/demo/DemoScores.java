package org.tandem.scoring.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.intake.BehaviourType;
import org.tandem.platform.DemoMode;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;
import org.tandem.scoring.ScoringManagement;
import org.tandem.scoring.domain.ScoreStore;

/**
 * Gives the demo leads the behaviour their funnel history suggests (qualified leads read
 * the pricing page and came to webinars) and scores them all, without moving anyone: the
 * demo history already holds its moves.
 */
@Component
@Order(40)
class DemoScores implements ApplicationRunner {

	private static final List<BehaviourType> CASUAL = List.of(BehaviourType.PAGE_VIEW, BehaviourType.PAGE_VIEW,
			BehaviourType.EMAIL_OPEN, BehaviourType.CONTENT_DOWNLOAD);

	private static final List<BehaviourType> KEEN = List.of(BehaviourType.PRICING_VIEW, BehaviourType.PRICING_VIEW,
			BehaviourType.WEBINAR_REGISTERED, BehaviourType.WEBINAR_ATTENDED, BehaviourType.EMAIL_CLICK);

	private final DemoMode demo;

	private final JdbcClient jdbc;

	private final ContactManagement contacts;

	private final ScoreStore scores;

	private final ScoringManagement scoring;

	DemoScores(DemoMode demo, JdbcClient jdbc, ContactManagement contacts, ScoreStore scores,
			ScoringManagement scoring) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.scores = scores;
		this.scoring = scoring;
	}

	@Override
	public void run(ApplicationArguments args) {
		long scored = this.jdbc.sql("SELECT COUNT(*) FROM scoring_score").query(Long.class).single();
		if (!this.demo.enabled() || scored > 0) {
			return;
		}
		Random random = new Random(11);
		for (int page = 0;; page++) {
			PageResult<ContactSummary> batch = this.contacts.list(ContactFilter.none(),
					PageQuery.of(page, PageQuery.MAX_SIZE, "created", "created"), CurrentUser.SYSTEM);
			batch.items().forEach(contact -> {
				behave(contact, random);
				this.scoring.rescore(contact.id(), false);
			});
			if (!batch.hasNext()) {
				return;
			}
		}
	}

	private void behave(ContactSummary contact, Random random) {
		boolean keen = !"LEAD".equals(contact.lifecycleStage()) && !"DISQUALIFIED".equals(contact.lifecycleStage());
		List<BehaviourType> kinds = keen ? KEEN : CASUAL;
		int events = keen ? 2 + random.nextInt(4) : random.nextInt(3);
		for (int i = 0; i < events; i++) {
			Instant at = contact.createdAt().minus(Duration.ofHours(random.nextInt(24 * 10)));
			this.scores.addEvent(contact.id(), kinds.get(random.nextInt(kinds.size())), at);
		}
	}

}
