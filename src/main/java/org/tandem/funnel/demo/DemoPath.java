package org.tandem.funnel.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.crm.Channel;
import org.tandem.crm.ContactSummary;
import org.tandem.funnel.ActorKind;
import org.tandem.funnel.LifecycleStage;
import org.tandem.identity.UserSummary;

/**
 * One contact's walk through the funnel, with realistic odds and delays, never past now.
 */
final class DemoPath {

	final List<Object[]> rows = new ArrayList<>();

	private final ContactSummary contact;

	private final Random random;

	private final Instant now;

	LifecycleStage stage = LifecycleStage.LEAD;

	Instant at;

	@Nullable UserSummary owner;

	@Nullable Instant opportunityAt;

	DemoPath(ContactSummary contact, Random random, Instant now) {
		this.contact = contact;
		this.random = random;
		this.now = now;
		this.at = contact.createdAt();
		row(null, LifecycleStage.LEAD, this.at, ActorKind.SYSTEM, null, null);
	}

	void walk(List<UserSummary> reps, List<UserSummary> marketers) {
		if (chance(10)) {
			move(LifecycleStage.DISQUALIFIED, days(1, 7), ActorKind.PERSON, pick(marketers),
					pick(List.of("SPAM", "COMPETITOR", "STUDENT")));
			return;
		}
		if (chance(50) || !move(LifecycleStage.MQL, days(0, 10), chance(60) ? ActorKind.SYSTEM : ActorKind.PERSON,
				pick(marketers), null)) {
			return;
		}
		this.owner = pick(reps);
		if (chance(rejectionOdds())) {
			move(LifecycleStage.RECYCLED, days(0, 4), ActorKind.PERSON, this.owner,
					pick(List.of("NO_BUDGET", "NOT_DECISION_MAKER", "BAD_TIMING", "WRONG_FIT", "UNREACHABLE")));
			this.owner = null;
			return;
		}
		if (chance(20) || !move(LifecycleStage.SQL, hours(1, 72), ActorKind.PERSON, this.owner, null)) {
			return;
		}
		if (chance(12)) {
			move(LifecycleStage.LOST, days(5, 30), ActorKind.PERSON, this.owner,
					pick(List.of("PRICE", "COMPETITOR_WON", "NO_DECISION")));
			return;
		}
		if (chance(25) || !move(LifecycleStage.OPPORTUNITY, days(3, 20), ActorKind.PERSON, this.owner, null)) {
			return;
		}
		this.opportunityAt = this.at;
		if (chance(35)) {
			return;
		}
		if (chance(55)) {
			move(LifecycleStage.WON, days(10, 60), ActorKind.PERSON, this.owner, null);
		}
		else {
			move(LifecycleStage.LOST, days(10, 60), ActorKind.PERSON, this.owner,
					pick(List.of("PRICE", "COMPETITOR_WON", "NO_DECISION")));
		}
	}

	private boolean move(LifecycleStage to, Duration delay, ActorKind kind, @Nullable UserSummary actor,
			@Nullable String reason) {
		Instant when = this.at.plus(delay);
		if (when.isAfter(this.now)) {
			return false;
		}
		row(this.stage, to, when, kind, kind == ActorKind.SYSTEM ? null : actor, reason);
		this.stage = to;
		this.at = when;
		return true;
	}

	private void row(@Nullable LifecycleStage from, LifecycleStage to, Instant when, ActorKind kind,
			@Nullable UserSummary actor, @Nullable String reason) {
		this.rows.add(new Object[] { UUID.randomUUID(), this.contact.id().value(), from == null ? null : from.name(),
				to.name(), Timestamp.from(when), kind.name(), actor == null ? null : actor.id().value(),
				actor == null ? "Tandem" : actor.displayName(), reason, null });
	}

	/**
	 * How likely sales is to send this lead back: paid social and ads bring more junk,
	 * and analysts and managers rarely decide. The rule model does not know this; the
	 * learned one can find it.
	 */
	private int rejectionOdds() {
		int odds = 5;
		if (this.contact.sourceChannel() == Channel.SOCIAL) {
			odds += 75;
		}
		else if (this.contact.sourceChannel() == Channel.ONLINE_ADS) {
			odds += 45;
		}
		String title = this.contact.title() == null ? "" : this.contact.title();
		if (title.contains("Analyst") || title.contains("Manager")) {
			odds += 15;
		}
		return Math.min(odds, 90);
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	private Duration days(int min, int max) {
		return Duration.ofMinutes((long) min * 1440 + this.random.nextInt((max - min) * 1440 + 1));
	}

	private Duration hours(int min, int max) {
		return Duration.ofMinutes((long) min * 60 + this.random.nextInt((max - min) * 60 + 1));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
