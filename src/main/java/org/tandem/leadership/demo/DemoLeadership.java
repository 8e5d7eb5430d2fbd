package org.tandem.leadership.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.funnel.FunnelReports;
import org.tandem.funnel.LifecycleStage;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.leadership.domain.KudosStore;
import org.tandem.leadership.domain.PulseStore;
import org.tandem.platform.DemoMode;

/**
 * The demo company's customers' answers to "would you recommend us?" after their deals
 * were won, and thanks between its people, most of them across the two departments.
 */
@Component
@Order(92)
class DemoLeadership implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLeadership.class);

	private static final List<String> PRAISE = List.of("The rep knew our business before the first call",
			"Clear proposal, fair price", "The webinar convinced our CFO");

	private static final List<String> COMPLAINTS = List.of("Onboarding took longer than promised",
			"We got the same question from two people");

	/** Who thanks whom, and for what. */
	private record Thanks(String from, String to, String message, int daysAgo) {
	}

	private static final List<Thanks> THANKS = List.of(
			new Thanks("sergey", "oleg", "The new webinar leads were ready to talk: thank you for the scoring change",
					3),
			new Thanks("oleg", "anna", "Your notes on why leads were sent back made the new form much better", 6),
			new Thanks("maria", "ivan", "Joined the campaign planning and brought three customer stories", 11),
			new Thanks("anna", "olga", "The case study closed the Volga deal", 17),
			new Thanks("olga", "daniel", "Covered the event booth on a Saturday", 24));

	private final DemoMode demo;

	private final PulseStore pulse;

	private final KudosStore kudos;

	private final FunnelReports funnel;

	private final UserDirectory directory;

	private final Clock clock;

	DemoLeadership(DemoMode demo, PulseStore pulse, KudosStore kudos, FunnelReports funnel, UserDirectory directory,
			Clock clock) {
		this.demo = demo;
		this.pulse = pulse;
		this.kudos = kudos;
		this.funnel = funnel;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || this.pulse.any()) {
			return;
		}
		Instant now = this.clock.instant();
		Random random = new Random(92);
		List<ContactId> won = new ArrayList<>(this.funnel.reached(Set.of(LifecycleStage.WON)).keySet());
		int answered = 0;
		for (ContactId customer : won.subList(0, Math.min(40, won.size()))) {
			Instant sent = now.minus(Duration.ofHours(24 + random.nextInt(24 * 80)));
			if (random.nextDouble() < 0.6) {
				double draw = random.nextDouble();
				int score = draw < 0.6 ? 9 + random.nextInt(2)
						: draw < 0.85 ? 7 + random.nextInt(2) : 3 + random.nextInt(4);
				List<String> said = score >= 9 ? PRAISE : score <= 6 ? COMPLAINTS : List.of();
				String comment = !said.isEmpty() && random.nextDouble() < 0.5 ? said.get(random.nextInt(said.size()))
						: null;
				this.pulse.insertSent(customer, sent, score, comment, sent.plus(Duration.ofHours(3)));
				answered++;
			}
			else {
				this.pulse.insertSent(customer, sent, null, null, null);
			}
		}
		for (Thanks thanks : THANKS) {
			Optional<UserSummary> from = this.directory.findByUsername(thanks.from());
			Optional<UserSummary> to = this.directory.findByUsername(thanks.to());
			if (from.isPresent() && to.isPresent()) {
				this.kudos.insert(new KudosStore.Row(UUID.randomUUID(), from.get().id(), from.get().displayName(),
						to.get().id(), to.get().displayName(), thanks.message(),
						now.minus(Duration.ofDays(thanks.daysAgo()))));
			}
		}
		log.info("Demo data: {} customers answered the satisfaction survey; kudos between colleagues", answered);
	}

}
