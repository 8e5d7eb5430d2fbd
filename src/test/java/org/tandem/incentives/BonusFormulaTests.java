package org.tandem.incentives;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

import org.tandem.goals.GoalId;
import org.tandem.identity.UserId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bonus formula against hand-worked fixtures (thresholds, accelerators, caps and the
 * rounding to the currency's minor unit), and its properties over any attainment: nothing
 * below the threshold, never more than the cap, never less for a better result.
 */
class BonusFormulaTests {

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final Currency JPY = Currency.getInstance("JPY");

	/** 60 % on one's quota: from 50 %, doubled above 100 %, at most 150 %. */
	private static final Component QUOTA = new Component(UUID.randomUUID(), 1, "Own quota", ComponentKind.INDIVIDUAL,
			new BigDecimal("60"), null, new BigDecimal("0.5"), new BigDecimal("1.5"), new BigDecimal("2"));

	/** 40 % on the shared won-revenue goal: from 80 %, at most 120 %, no accelerator. */
	private static final Component SHARED = new Component(UUID.randomUUID(), 2, "Shared revenue", ComponentKind.SHARED,
			new BigDecimal("40"), new GoalId(UUID.randomUUID()), new BigDecimal("0.8"), new BigDecimal("1.2"),
			BigDecimal.ONE);

	@Example
	void theWorkedExampleOfTheStatement() {
		BigDecimal base = new BigDecimal("10000.00");
		// quota at 112 %: 1 + 0.12 × 2 = 1.24 → 6000 × 1.24 = 7440.00
		StatementLine quota = BonusFormula.line(QUOTA, base, "Quota", new BigDecimal("56000"), new BigDecimal("50000"),
				new BigDecimal("1.12"), EUR);
		assertThat(quota.rule()).isEqualTo(PayRule.ACCELERATED);
		assertThat(quota.factor()).isEqualByComparingTo("1.24");
		assertThat(quota.share()).isEqualByComparingTo("6000");
		assertThat(quota.amount()).isEqualTo(new BigDecimal("7440.00"));
		// shared goal at 93.3333 %: 4000 × 0.933333 = 3733.332 → 3733.33
		StatementLine shared = BonusFormula.line(SHARED, base, "Won revenue", new BigDecimal("280000"),
				new BigDecimal("300000"), new BigDecimal("0.93333333"), EUR);
		assertThat(shared.rule()).isEqualTo(PayRule.LINEAR);
		assertThat(shared.factor()).isEqualTo(new BigDecimal("0.933333"));
		assertThat(shared.amount()).isEqualTo(new BigDecimal("3733.33"));
		Statement statement = BonusFormula.statement(new UserId(UUID.randomUUID()), "Anna", base,
				List.of(quota, shared));
		assertThat(statement.total()).isEqualTo(new BigDecimal("11173.33"));
	}

	@Example
	void thresholdsCapsAndMissingNumbers() {
		BigDecimal base = new BigDecimal("10000");
		assertThat(BonusFormula.line(QUOTA, base, null, null, null, new BigDecimal("0.4999"), EUR).amount())
			.as("just below the threshold")
			.isEqualTo(new BigDecimal("0.00"));
		StatementLine atThreshold = BonusFormula.line(QUOTA, base, null, null, null, new BigDecimal("0.5"), EUR);
		assertThat(atThreshold.rule()).isEqualTo(PayRule.LINEAR);
		assertThat(atThreshold.amount()).isEqualTo(new BigDecimal("3000.00"));
		// 140 %: 1 + 0.4 × 2 = 1.8, held at 1.5
		StatementLine capped = BonusFormula.line(QUOTA, base, null, null, null, new BigDecimal("1.4"), EUR);
		assertThat(capped.rule()).isEqualTo(PayRule.CAPPED);
		assertThat(capped.amount()).isEqualTo(new BigDecimal("9000.00"));
		StatementLine none = BonusFormula.line(SHARED, base, null, null, null, null, EUR);
		assertThat(none.rule()).isEqualTo(PayRule.NO_DATA);
		assertThat(none.amount()).isZero();
		assertThat(BonusFormula.factor(new BigDecimal("-0.3"), BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE).value())
			.as("a negative result counts as nothing")
			.isZero();
	}

	@Example
	void amountsRoundHalfUpToTheCurrencysMinorUnit() {
		Component third = new Component(UUID.randomUUID(), 1, "Third", ComponentKind.SHARED, new BigDecimal("33.33"),
				null, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE);
		// 1000 × 33.33 % = 333.3 × 0.0015 = 0.49995 → 0.50
		assertThat(BonusFormula.line(third, new BigDecimal("1000"), null, null, null, new BigDecimal("0.0015"), EUR)
			.amount()).isEqualTo(new BigDecimal("0.50"));
		// 333.3 × 0.5015 = 167.15... in yen: no decimals → 167
		assertThat(BonusFormula.line(third, new BigDecimal("1000"), null, null, null, new BigDecimal("0.5015"), JPY)
			.amount()).isEqualTo(new BigDecimal("167"));
		// a factor of 1/3 is kept to six decimals before it is applied
		assertThat(BonusFormula
			.factor(BigDecimal.ONE.divide(new BigDecimal("3"), 20, java.math.RoundingMode.HALF_UP), BigDecimal.ZERO,
					BigDecimal.TEN, BigDecimal.ONE)
			.value()).isEqualTo(new BigDecimal("0.333333"));
	}

	@Property
	void nothingBelowTheThresholdAndNeverAboveTheCap(
			@ForAll @BigRange(min = "-1", max = "5") @Scale(4) BigDecimal attainment) {
		BonusFormula.Factor factor = BonusFormula.factor(attainment, QUOTA.threshold(), QUOTA.cap(),
				QUOTA.accelerator());
		if (attainment.compareTo(QUOTA.threshold()) < 0) {
			assertThat(factor.value()).isZero();
		}
		assertThat(factor.value()).isBetween(BigDecimal.ZERO, QUOTA.cap());
	}

	@Property
	void aBetterResultNeverPaysLess(@ForAll @BigRange(min = "0", max = "3") @Scale(4) BigDecimal lower,
			@ForAll @BigRange(min = "0", max = "1") @Scale(4) BigDecimal more,
			@ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal base) {
		StatementLine worse = BonusFormula.line(QUOTA, base, null, null, null, lower, EUR);
		StatementLine better = BonusFormula.line(QUOTA, base, null, null, null, lower.add(more), EUR);
		assertThat(better.amount()).isGreaterThanOrEqualTo(worse.amount());
		assertThat(better.amount())
			.isLessThanOrEqualTo(base.multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_UP));
	}

	@Property
	void theTotalIsTheSumOfTheRoundedLines(@ForAll @BigRange(min = "0", max = "2") @Scale(6) BigDecimal own,
			@ForAll @BigRange(min = "0", max = "2") @Scale(6) BigDecimal together,
			@ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal base) {
		StatementLine a = BonusFormula.line(QUOTA, base, null, null, null, own, EUR);
		StatementLine b = BonusFormula.line(SHARED, base, null, null, null, together, EUR);
		Statement statement = BonusFormula.statement(new UserId(UUID.randomUUID()), "x", base, List.of(a, b));
		assertThat(statement.total()).isEqualTo(a.amount().add(b.amount()));
		assertThat(statement.total().scale()).isEqualTo(2);
	}

}
