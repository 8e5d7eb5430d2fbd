package org.tandem.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tandem.intake.BehaviourType;
import org.tandem.scoring.domain.ScoreCalculator;
import org.tandem.scoring.domain.ScoreCalculator.Event;
import org.tandem.scoring.domain.ScoreCalculator.Facts;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreCalculatorTests {

	static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

	static ScoringRule fit(Attribute attribute, Operator operator, String value, int points) {
		return new ScoringRule(UUID.randomUUID(), points < 0 ? RuleKind.NEGATIVE : RuleKind.FIT,
				attribute + " " + operator, attribute, operator, value, null, points, null, null, 0, true);
	}

	static ScoringRule engagement(BehaviourType type, int points, Integer halfLife, Integer cap) {
		return new ScoringRule(UUID.randomUUID(), points < 0 ? RuleKind.NEGATIVE : RuleKind.ENGAGEMENT, type.name(),
				null, null, null, type, points, halfLife, cap, 0, true);
	}

	static Facts facts(Map<Attribute, String> values) {
		return new Facts(values, false);
	}

	static int score(List<ScoringRule> rules, Facts facts, List<Event> events) {
		return ScoreCalculator.total(ScoreCalculator.evaluate(rules, facts, events, NOW));
	}

	@Test
	void fitRulesTestFieldsWithoutRegardToCase() {
		Facts cfo = facts(Map.of(Attribute.TITLE, "Chief Financial Officer", Attribute.INDUSTRY, "Finance",
				Attribute.SIZE_BAND, "ENTERPRISE"));
		assertThat(score(List.of(fit(Attribute.TITLE, Operator.CONTAINS, "chief, head", 20)), cfo, List.of()))
			.isEqualTo(20);
		assertThat(score(List.of(fit(Attribute.INDUSTRY, Operator.ONE_OF, "insurance, finance", 10)), cfo, List.of()))
			.isEqualTo(10);
		assertThat(score(List.of(fit(Attribute.SIZE_BAND, Operator.EQUALS, "enterprise", 15)), cfo, List.of()))
			.isEqualTo(15);
		assertThat(score(List.of(fit(Attribute.REGION, Operator.ONE_OF, "emea", 5)), cfo, List.of()))
			.as("a missing field matches nothing")
			.isZero();
		assertThat(score(List.of(fit(Attribute.INDUSTRY, Operator.ONE_OF, "fin", 10)), cfo, List.of()))
			.as("one of means the whole value")
			.isZero();
	}

	@Test
	void negativeRulesTakePointsAway() {
		Facts gmail = new Facts(Map.of(Attribute.EMAIL_DOMAIN, "gmail.com"), true);
		assertThat(score(List.of(fit(Attribute.EMAIL_DOMAIN, Operator.FREE_MAIL, null, -15)), gmail, List.of()))
			.isEqualTo(-15);
		assertThat(score(List.of(fit(Attribute.CONTACT_PREFERENCE, Operator.DO_NOT_CONTACT, null, -100)), gmail,
				List.of()))
			.isEqualTo(-100);
		Facts corporate = facts(Map.of(Attribute.EMAIL_DOMAIN, "bank.example"));
		assertThat(score(List.of(fit(Attribute.EMAIL_DOMAIN, Operator.FREE_MAIL, null, -15)), corporate, List.of()))
			.isZero();
	}

	@Test
	void engagementFadesWithItsHalfLifeAndStopsAtItsCap() {
		ScoringRule pricing = engagement(BehaviourType.PRICING_VIEW, 10, 14, 30);
		assertThat(score(List.of(pricing), facts(Map.of()), List.of(new Event(BehaviourType.PRICING_VIEW, NOW))))
			.isEqualTo(10);
		assertThat(score(List.of(pricing), facts(Map.of()),
				List.of(new Event(BehaviourType.PRICING_VIEW, NOW.minus(Duration.ofDays(14))))))
			.isEqualTo(5);
		List<Event> many = java.util.stream.IntStream.range(0, 10)
			.mapToObj(i -> new Event(BehaviourType.PRICING_VIEW, NOW))
			.toList();
		assertThat(score(List.of(pricing), facts(Map.of()), many)).isEqualTo(30);
		assertThat(score(List.of(pricing), facts(Map.of()), List.of(new Event(BehaviourType.PAGE_VIEW, NOW))))
			.as("only the rule's own behaviour counts")
			.isZero();
		ScoringRule unsubscribed = engagement(BehaviourType.UNSUBSCRIBE, -30, null, -30);
		assertThat(score(List.of(unsubscribed), facts(Map.of()),
				List.of(new Event(BehaviourType.UNSUBSCRIBE, NOW.minus(Duration.ofDays(400))),
						new Event(BehaviourType.UNSUBSCRIBE, NOW))))
			.isEqualTo(-30);
	}

	@Test
	void pausedRulesDoNotCount() {
		ScoringRule paused = new ScoringRule(UUID.randomUUID(), RuleKind.FIT, "paused", Attribute.TITLE,
				Operator.CONTAINS, "head", null, 20, null, null, 0, false);
		assertThat(score(List.of(paused), facts(Map.of(Attribute.TITLE, "Head of IT")), List.of())).isZero();
	}

	@Test
	void anEventKeepsItsWorthWhenFreshOrWithoutAHalfLife() {
		assertThat(ScoreCalculator.decayed(10, 14, Duration.ZERO)).isEqualTo(10);
		assertThat(ScoreCalculator.decayed(10, null, Duration.ofDays(1000))).isEqualTo(10);
	}

}
