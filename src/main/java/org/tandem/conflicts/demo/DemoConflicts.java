package org.tandem.conflicts.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.conflicts.Cause;
import org.tandem.conflicts.Conflict;
import org.tandem.conflicts.ConflictDraft;
import org.tandem.conflicts.Conflicts;
import org.tandem.conflicts.domain.ConflictStore;
import org.tandem.conflicts.domain.Themes;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;

/**
 * The demo company's conflict: Sergey says the MQLs from paid social are junk. Its causes
 * are classified, a mediation meeting with both sides is set, and two measures are
 * agreed. The same theme came up in the spring and was resolved then, so it is flagged as
 * a repeat.
 */
@Component
@Order(88)
class DemoConflicts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConflicts.class);

	private final DemoMode demo;

	private final Conflicts conflicts;

	private final ConflictStore store;

	private final UserDirectory directory;

	private final Clock clock;

	DemoConflicts(DemoMode demo, Conflicts conflicts, ConflictStore store, UserDirectory directory, Clock clock) {
		this.demo = demo;
		this.conflicts = conflicts;
		this.store = store;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || !this.store.all().isEmpty()) {
			return;
		}
		Optional<UserSummary> sergey = this.directory.findByUsername("sergey");
		Optional<UserSummary> maria = this.directory.findByUsername("maria");
		Optional<UserSummary> oleg = this.directory.findByUsername("oleg");
		if (sergey.isEmpty() || maria.isEmpty() || oleg.isEmpty()) {
			return;
		}
		CurrentUser sales = CurrentUser.of(sergey.get());
		CurrentUser marketing = CurrentUser.of(maria.get());
		LocalDate today = LocalDate.now(this.clock);

		// in the spring: raised, talked through and resolved
		UUID earlier = UUID.randomUUID();
		this.store.insert(earlier, "Paid social leads waste the reps' time", "Lead quality from paid social",
				Themes.key("Lead quality from paid social"),
				"Reps call paid-social leads who never asked to be called.", sales.id(), sales.displayName(),
				this.clock.instant().minus(Duration.ofDays(170)), List.of(sergey.get().id(), oleg.get().id()),
				EnumSet.of(Cause.LACK_OF_COORDINATION));
		Conflict spring = this.conflicts.find(earlier, marketing).orElseThrow();
		this.conflicts.resolve(earlier, "Paid-social forms now ask whether the person wants a call.", spring.version(),
				marketing);

		// now: the same theme again
		Conflict now = this.conflicts.raise(
				new ConflictDraft("MQLs from paid social are junk", "Lead quality from paid social",
						"Of last month's paid-social MQLs, sales sent back more than half: students, competitors, "
								+ "people who wanted the free e-book only. Reps stopped calling them first.",
						List.of(sergey.get().id(), oleg.get().id()), EnumSet.of(Cause.GOAL_MISMATCH, Cause.MISTRUST)),
				sales);
		now = this.conflicts.mediate(now.id(), today.plusDays(3), LocalTime.of(11, 0), "Europe/Moscow", 60,
				now.version(), marketing);
		this.conflicts.measure(now.id(), "Tighten the fit rules for paid social (title, company size)", oleg.get().id(),
				today.plusDays(14), marketing);
		this.conflicts.measure(now.id(), "Review rejected paid-social leads together every Monday", sergey.get().id(),
				today.plusDays(7), marketing);
		this.conflicts.note(now.id(), "Both sides agreed to look at the rejection reasons before the meeting.",
				marketing);
		log.info("Demo data: a conflict on paid-social lead quality, a repeat of one resolved in the spring");
	}

}
