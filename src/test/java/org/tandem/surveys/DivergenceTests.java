package org.tandem.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tandem.identity.TeamKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The divergence statistics against figures worked out by hand: the means, the Welch
 * interval of their difference, the earth mover's and total variation distances, the
 * alignment per dimension and the index, the ranking, and the rule that an anonymous
 * round shows nothing while a department has fewer than three answers.
 */
class DivergenceTests {

	private static final Question SCALE = new Question(UUID.randomUUID(), 1, Dimension.GOALS, QuestionKind.LIKERT,
			"Same goal", List.of());

	private static final Question SINGLE = new Question(UUID.randomUUID(), 2, Dimension.METHODS, QuestionKind.SINGLE,
			"What matters", List.of("a", "b", "c"));

	private static final Question MULTIPLE = new Question(UUID.randomUUID(), 3, Dimension.METHODS,
			QuestionKind.MULTIPLE, "Channels", List.of("x", "y"));

	private static final Question TEXT = new Question(UUID.randomUUID(), 4, Dimension.CULTURE, QuestionKind.TEXT,
			"One thing", List.of());

	private static final List<Question> QUESTIONS = List.of(SCALE, SINGLE, MULTIPLE, TEXT);

	@Test
	void measuresEachQuestionAsWorkedOutByHand() {
		List<Response> responses = new ArrayList<>();
		// marketing: scale 5 4 4 5; single a a b c; multiple {x} {x,y} {y} {x}
		responses.add(response(TeamKind.MARKETING, 5, 0, List.of(0), "b"));
		responses.add(response(TeamKind.MARKETING, 4, 0, List.of(0, 1), "a"));
		responses.add(response(TeamKind.MARKETING, 4, 1, List.of(1), null));
		responses.add(response(TeamKind.MARKETING, 5, 2, List.of(0), null));
		// sales: scale 2 3 2 1; single b c c c; multiple {y} {y} {x,y} {y}
		responses.add(response(TeamKind.SALES, 2, 1, List.of(1), "c"));
		responses.add(response(TeamKind.SALES, 3, 2, List.of(1), null));
		responses.add(response(TeamKind.SALES, 2, 2, List.of(0, 1), null));
		responses.add(response(TeamKind.SALES, 1, 2, List.of(1), null));

		Divergence divergence = Divergence.of(QUESTIONS, responses, true);

		assertThat(divergence.shown()).isTrue();
		Divergence.QuestionResult scale = divergence.of(SCALE.id());
		assertThat(scale.marketing().counts()).containsExactly(0L, 0L, 0L, 2L, 2L);
		assertThat(scale.sales().counts()).containsExactly(1L, 2L, 1L, 0L, 0L);
		assertThat(scale.marketing().mean()).isEqualTo(4.5);
		assertThat(scale.marketing().sd()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-9));
		assertThat(scale.sales().mean()).isEqualTo(2.0);
		assertThat(scale.sales().sd()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-9));
		assertThat(scale.difference()).isEqualTo(2.5);
		// Welch: se = 0.5, df = 5.4, t(0.975; 5.4) = 2.51435
		assertThat(scale.low()).isCloseTo(1.24282, within(1e-4));
		assertThat(scale.high()).isCloseTo(3.75718, within(1e-4));
		assertThat(scale.significant()).isTrue();
		// cumulative differences 0.25 + 0.75 + 1 + 0.5 = 2.5 over 4 steps
		assertThat(scale.distance()).isCloseTo(0.625, within(1e-12));
		assertThat(scale.alignment()).isCloseTo(37.5, within(1e-9));

		// shares a .5 b .25 c .25 against a 0 b .25 c .75: half of 0.5 + 0 + 0.5
		assertThat(divergence.of(SINGLE.id()).distance()).isCloseTo(0.5, within(1e-12));
		// x .75 y .5 against x .25 y 1: the mean of 0.5 and 0.5
		assertThat(divergence.of(MULTIPLE.id()).distance()).isCloseTo(0.5, within(1e-12));
		Divergence.QuestionResult text = divergence.of(TEXT.id());
		assertThat(text.distance()).isNull();
		assertThat(text.marketing().texts()).containsExactly("a", "b");
		assertThat(text.sales().texts()).containsExactly("c");

		assertThat(divergence.dimensions()).containsOnlyKeys(Dimension.GOALS, Dimension.METHODS);
		assertThat(divergence.dimensions().get(Dimension.GOALS)).isCloseTo(37.5, within(1e-9));
		assertThat(divergence.dimensions().get(Dimension.METHODS)).isCloseTo(50, within(1e-9));
		assertThat(divergence.index()).isCloseTo((37.5 + 50 + 50) / 3, within(1e-9));
		assertThat(divergence.ranked()).extracting(result -> result.question().id())
			.containsExactly(SCALE.id(), SINGLE.id(), MULTIPLE.id());
	}

	@Test
	void departmentsThatAnswerAlikeAreFullyAligned() {
		List<Response> responses = new ArrayList<>();
		for (TeamKind department : List.of(TeamKind.MARKETING, TeamKind.SALES)) {
			for (int i = 0; i < 3; i++) {
				responses.add(response(department, 4, 1, List.of(0, 1), null));
			}
		}
		Divergence divergence = Divergence.of(QUESTIONS, responses, false);
		Divergence.QuestionResult scale = divergence.of(SCALE.id());
		assertThat(scale.distance()).isZero();
		assertThat(scale.low()).isZero();
		assertThat(scale.high()).isZero();
		assertThat(scale.significant()).isFalse();
		assertThat(divergence.index()).isEqualTo(100.0);
	}

	@Test
	void anAnonymousRoundShowsNothingWhileADepartmentHasFewerThanThreeAnswers() {
		List<Response> responses = new ArrayList<>();
		responses.add(response(TeamKind.MARKETING, 5, 0, List.of(0), "only mine"));
		responses.add(response(TeamKind.MARKETING, 4, 0, List.of(0), null));
		for (int i = 0; i < 5; i++) {
			responses.add(response(TeamKind.SALES, 2, 1, List.of(1), null));
		}
		Divergence anonymous = Divergence.of(QUESTIONS, responses, true);
		assertThat(anonymous.shown()).isFalse();
		assertThat(anonymous.index()).isNull();
		assertThat(anonymous.marketing()).isEqualTo(2);
		assertThat(anonymous.questions()).allSatisfy(result -> {
			assertThat(result.marketing().counts()).isEmpty();
			assertThat(result.marketing().texts()).isEmpty();
			assertThat(result.marketing().mean()).isNull();
			assertThat(result.distance()).isNull();
		});
		assertThat(Divergence.of(QUESTIONS, responses, false).shown()).as("a named round shows them").isTrue();
	}

	private static Response response(TeamKind department, int scale, int single, List<Integer> multiple, String text) {
		return new Response(department, Map.of(SCALE.id(), new Response.Value(scale, List.of(), null), SINGLE.id(),
				new Response.Value(single, List.of(), null), MULTIPLE.id(), new Response.Value(null, multiple, null),
				TEXT.id(), new Response.Value(null, List.of(), text)));
	}

}
