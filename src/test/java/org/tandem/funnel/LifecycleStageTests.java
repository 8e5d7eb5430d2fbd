package org.tandem.funnel;

import org.junit.jupiter.api.Test;

import org.tandem.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleStageTests {

	@Test
	void theHappyPathIsAllowed() {
		assertThat(LifecycleStage.LEAD.canMoveTo(LifecycleStage.MQL)).isTrue();
		assertThat(LifecycleStage.MQL.canMoveTo(LifecycleStage.SQL)).isTrue();
		assertThat(LifecycleStage.SQL.canMoveTo(LifecycleStage.OPPORTUNITY)).isTrue();
		assertThat(LifecycleStage.OPPORTUNITY.canMoveTo(LifecycleStage.WON)).isTrue();
	}

	@Test
	void skippingStagesOrLeavingAWinIsNot() {
		assertThat(LifecycleStage.LEAD.canMoveTo(LifecycleStage.SQL)).isFalse();
		assertThat(LifecycleStage.LEAD.canMoveTo(LifecycleStage.WON)).isFalse();
		assertThat(LifecycleStage.WON.next()).isEmpty();
		assertThat(LifecycleStage.MQL.canMoveTo(LifecycleStage.MQL)).isFalse();
	}

	@Test
	void rejectionDisqualificationAndLossNeedTheirReasons() {
		assertThat(LifecycleStage.RECYCLED.requiredReason(LifecycleStage.MQL)).contains(ReasonKind.REJECTION);
		assertThat(LifecycleStage.RECYCLED.requiredReason(LifecycleStage.LOST)).isEmpty();
		assertThat(LifecycleStage.DISQUALIFIED.requiredReason(LifecycleStage.LEAD))
			.contains(ReasonKind.DISQUALIFICATION);
		assertThat(LifecycleStage.LOST.requiredReason(LifecycleStage.OPPORTUNITY)).contains(ReasonKind.LOSS);
		assertThat(LifecycleStage.MQL.requiredReason(LifecycleStage.LEAD)).isEmpty();
	}

	@Test
	void onlySalesSideDecidesOnSqlAndBeyond() {
		assertThat(LifecycleStage.MQL.mayBeEnteredBy(Role.MARKETING)).isTrue();
		assertThat(LifecycleStage.SQL.mayBeEnteredBy(Role.MARKETING)).isFalse();
		assertThat(LifecycleStage.WON.mayBeEnteredBy(Role.MARKETING)).isFalse();
		assertThat(LifecycleStage.SQL.mayBeEnteredBy(Role.SALES)).isTrue();
	}

	@Test
	void everyStageIsOnTheBoardAndReachableOrAStart() {
		assertThat(LifecycleStage.BOARD).containsExactlyInAnyOrder(LifecycleStage.values());
		for (LifecycleStage stage : LifecycleStage.values()) {
			boolean reachable = java.util.Arrays.stream(LifecycleStage.values())
				.anyMatch(from -> from.canMoveTo(stage));
			assertThat(reachable || stage == LifecycleStage.LEAD).as(stage.name()).isTrue();
		}
	}

	@Test
	void parsesStageNamesLeniently() {
		assertThat(LifecycleStage.parse(" mql ")).contains(LifecycleStage.MQL);
		assertThat(LifecycleStage.parse("nonsense")).isEmpty();
		assertThat(LifecycleStage.parse(null)).isEmpty();
	}

}
