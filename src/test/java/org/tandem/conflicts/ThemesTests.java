package org.tandem.conflicts;

import org.junit.jupiter.api.Test;

import org.tandem.conflicts.domain.Themes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeats are found by theme: the same words, give or take case, endings and small words.
 */
class ThemesTests {

	@Test
	void themesWithMostWordsInCommonAreTheSame() {
		assertThat(Themes.key("Lead quality from paid social")).isEqualTo("from lead paid quali socia");
		assertThat(Themes.same(Themes.key("Lead quality from paid social"), Themes.key("Paid-social leads: quality")))
			.isTrue();
		assertThat(Themes.same(Themes.key("Качество лидов из рекламы"), Themes.key("качество лида, реклама"))).isTrue();
		assertThat(Themes.same(Themes.key("Lead quality from paid social"), Themes.key("Commission on shared deals")))
			.isFalse();
		assertThat(Themes.same(Themes.key("a b"), Themes.key("a b"))).as("only short words: nothing to compare")
			.isFalse();
	}

}
