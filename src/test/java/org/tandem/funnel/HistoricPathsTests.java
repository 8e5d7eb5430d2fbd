package org.tandem.funnel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.funnel.LifecycleStage.DISQUALIFIED;
import static org.tandem.funnel.LifecycleStage.LEAD;
import static org.tandem.funnel.LifecycleStage.LOST;
import static org.tandem.funnel.LifecycleStage.MQL;
import static org.tandem.funnel.LifecycleStage.OPPORTUNITY;
import static org.tandem.funnel.LifecycleStage.RECYCLED;
import static org.tandem.funnel.LifecycleStage.SQL;
import static org.tandem.funnel.LifecycleStage.WON;

/**
 * The stages a lead brought in with its past went through when the other system only
 * recorded a later one: the shortest legal walk, never through a stage that needs a
 * reason.
 */
class HistoricPathsTests {

	@Test
	void aLeadWonWasQualifiedAcceptedAndAnOpportunityOnItsWay() {
		assertThat(HistoricPaths.between(LEAD, WON)).containsExactly(MQL, SQL, OPPORTUNITY, WON);
		assertThat(HistoricPaths.between(MQL, OPPORTUNITY)).containsExactly(SQL, OPPORTUNITY);
		assertThat(HistoricPaths.between(LEAD, LOST)).containsExactly(MQL, SQL, LOST);
		assertThat(HistoricPaths.between(RECYCLED, SQL)).containsExactly(MQL, SQL);
		assertThat(HistoricPaths.between(DISQUALIFIED, MQL)).containsExactly(LEAD, MQL);
	}

	@Test
	void aClosedLeadGoesNowhereAndAStageReachedNeedsNoWalk() {
		assertThat(HistoricPaths.between(WON, LOST)).isEmpty();
		assertThat(HistoricPaths.between(SQL, SQL)).isEmpty();
		assertThat(HistoricPaths.between(OPPORTUNITY, MQL)).isEmpty();
	}

}
