package org.tandem.scoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.tandem.intake.BehaviourType;
import org.tandem.scoring.Attribute;
import org.tandem.scoring.Operator;
import org.tandem.scoring.RuleKind;
import org.tandem.scoring.ScoreCard;
import org.tandem.scoring.ScoringRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules as a manager may write them (any operator, any list of values, any points, cap
 * and half-life) against any person and any behaviour: the score is computed, finite, and
 * every line names its rule.
 */
class ScoringRuleFuzzTests {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@FuzzTest(maxDuration = "10s")
	void anyRuleAgainstAnyPersonGivesAFiniteScore(FuzzedDataProvider data) {
		List<ScoringRule> rules = new ArrayList<>();
		int count = data.consumeInt(0, 8);
		for (int i = 0; i < count; i++) {
			boolean behaviour = data.consumeBoolean();
			rules.add(new ScoringRule(UUID.randomUUID(), data.pickValue(RuleKind.values()), "rule " + i,
					behaviour ? null : data.pickValue(Attribute.values()),
					behaviour ? null : data.pickValue(Operator.values()), data.consumeString(60),
					behaviour ? data.pickValue(BehaviourType.values()) : null, data.consumeInt(-1000, 1000),
					data.consumeBoolean() ? data.consumeInt(-5, 3650) : null,
					data.consumeBoolean() ? data.consumeInt(-10_000, 10_000) : null, i, data.consumeBoolean()));
		}
		Map<Attribute, String> values = new EnumMap<>(Attribute.class);
		for (Attribute attribute : Attribute.values()) {
			if (data.consumeBoolean()) {
				values.put(attribute, data.consumeString(40));
			}
		}
		List<ScoreCalculator.Event> events = new ArrayList<>();
		int happened = data.consumeInt(0, 20);
		for (int i = 0; i < happened; i++) {
			events.add(new ScoreCalculator.Event(data.pickValue(BehaviourType.values()),
					NOW.minusSeconds(data.consumeLong(-86_400L * 30, 86_400L * 3650))));
		}
		List<ScoreCard.Line> lines = ScoreCalculator.evaluate(rules,
				new ScoreCalculator.Facts(values, data.consumeBoolean()), events, NOW);
		for (ScoreCard.Line line : lines) {
			assertThat(Double.isFinite(line.points())).isTrue();
			assertThat(line.rule()).startsWith("rule ");
		}
		ScoreCalculator.total(lines);
	}

}
