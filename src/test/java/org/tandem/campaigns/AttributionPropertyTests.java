package org.tandem.campaigns;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.tandem.campaigns.Attribution.Journey;
import org.tandem.crm.ContactId;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionPropertyTests {

	static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	static final List<CampaignId> CAMPAIGNS = List.of(campaign(1), campaign(2), campaign(3), campaign(4), campaign(5));

	static final ContactId PERSON = new ContactId(UUID.randomUUID());

	@Property
	void everyModelGivesExactlyTheWholeCreditToTheCampaignsThatTouched(@ForAll AttributionModel model,
			@ForAll("journeys") Journey journey) {
		Map<CampaignId, BigDecimal> credit = Attribution.credit(model, journey);
		List<Touch> before = journey.touches()
			.stream()
			.filter(touch -> !touch.at().isAfter(journey.convertedAt()))
			.toList();
		if (before.isEmpty()) {
			assertThat(credit).isEmpty();
			return;
		}
		assertThat(credit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
		assertThat(credit.values()).allSatisfy(share -> assertThat(share).isNotNegative());
		assertThat(before.stream().map(Touch::campaign)).containsAll(credit.keySet());
	}

	@Example
	void firstAndLastTouchGiveAllToOneEnd() {
		Journey journey = journey(null, null, 1, 2, 3);
		assertThat(Attribution.credit(AttributionModel.FIRST_TOUCH, journey)).containsOnlyKeys(campaign(1));
		assertThat(Attribution.credit(AttributionModel.LAST_TOUCH, journey)).containsOnlyKeys(campaign(3));
	}

	@Example
	void uShapedGivesFortyPercentToTheFirstAndTheLeadCreatingTouches() {
		Map<CampaignId, BigDecimal> credit = Attribution.credit(AttributionModel.U_SHAPED,
				journey(START.plus(Duration.ofDays(2)), null, 1, 2, 3, 4));
		assertThat(credit.get(campaign(1))).isEqualByComparingTo("0.4");
		assertThat(credit.get(campaign(2))).isEqualByComparingTo("0.4");
		assertThat(credit.get(campaign(3))).isEqualByComparingTo("0.1");
		assertThat(credit.get(campaign(4))).isEqualByComparingTo("0.1");
	}

	@Example
	void wShapedGivesThirtyPercentToEachMilestone() {
		Map<CampaignId, BigDecimal> credit = Attribution.credit(AttributionModel.W_SHAPED,
				journey(START.plus(Duration.ofDays(2)), START.plus(Duration.ofDays(4)), 1, 2, 3, 4));
		assertThat(credit.get(campaign(1))).isEqualByComparingTo("0.3");
		assertThat(credit.get(campaign(2))).isEqualByComparingTo("0.3");
		assertThat(credit.get(campaign(3))).isEqualByComparingTo("0.1");
		assertThat(credit.get(campaign(4))).isEqualByComparingTo("0.3");
	}

	@Example
	void timeDecayHalvesATouchOneHalfLifeOlder() {
		Instant late = START.plus(Attribution.HALF_LIFE);
		Journey journey = new Journey(List.of(new Touch(campaign(1), PERSON, TouchKind.CLICKED, START),
				new Touch(campaign(2), PERSON, TouchKind.SUBMITTED, late)), null, null, late);
		Map<CampaignId, BigDecimal> credit = Attribution.credit(AttributionModel.TIME_DECAY, journey);
		assertThat(credit.get(campaign(1))).isEqualByComparingTo("0.333333");
		assertThat(credit.get(campaign(2))).isEqualByComparingTo("0.666667");
	}

	@Example
	void linearSplitsThirdsExactly() {
		Map<CampaignId, BigDecimal> credit = Attribution.credit(AttributionModel.LINEAR, journey(null, null, 1, 2, 3));
		assertThat(credit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
		assertThat(credit.get(campaign(2))).isEqualByComparingTo("0.333333");
	}

	@Provide
	Arbitrary<Journey> journeys() {
		Arbitrary<Touch> touch = Combinators
			.combine(Arbitraries.of(CAMPAIGNS), Arbitraries.of(TouchKind.class),
					Arbitraries.longs().between(0, Duration.ofDays(730).toMinutes()))
			.as((campaign, kind, minutes) -> new Touch(campaign, PERSON, kind,
					START.plus(Duration.ofMinutes(minutes))));
		Arbitrary<Instant> moment = Arbitraries.longs()
			.between(0, Duration.ofDays(800).toMinutes())
			.map(minutes -> START.plus(Duration.ofMinutes(minutes)));
		return Combinators
			.combine(touch.list().ofMinSize(0).ofMaxSize(40), moment.injectNull(0.3), moment.injectNull(0.3), moment)
			.as(Journey::new);
	}

	/** Touches by campaigns 1, 2, … on consecutive days, converted the day after. */
	static Journey journey(Instant leadAt, Instant opportunityAt, int... campaigns) {
		List<Touch> touches = new ArrayList<>();
		for (int i = 0; i < campaigns.length; i++) {
			touches
				.add(new Touch(campaign(campaigns[i]), PERSON, TouchKind.CLICKED, START.plus(Duration.ofDays(i + 1))));
		}
		return new Journey(touches, leadAt, opportunityAt, START.plus(Duration.ofDays(campaigns.length + 1)));
	}

	static CampaignId campaign(int n) {
		return new CampaignId(new UUID(0, n));
	}

}
