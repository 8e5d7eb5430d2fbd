package org.tandem.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageQueryTests {

	private static final Map<String, String> KEYS = Map.of("name", "c.last_name", "created", "c.created_at");

	@Test
	void turnsAWhitelistedKeyIntoAnOrderByClause() {
		assertThat(PageQuery.of(0, 25, "-created", "name").orderBy(KEYS)).isEqualTo("c.created_at DESC");
		assertThat(PageQuery.of(0, 25, null, "name").orderBy(KEYS)).isEqualTo("c.last_name ASC");
	}

	@Test
	void refusesAnythingElseNamingTheSortField() {
		assertThatThrownBy(() -> PageQuery.of(0, 25, "name; DROP TABLE crm_contact", "name").orderBy(KEYS))
			.isInstanceOfSatisfying(InputRejectedException.class, ex -> assertThat(ex.field()).isEqualTo("sort"));
	}

	@Test
	void boundsPageAndSize() {
		assertThatThrownBy(() -> PageQuery.of(-1, 25, null, "name")).isInstanceOf(InputRejectedException.class);
		assertThatThrownBy(() -> PageQuery.of(0, 0, null, "name")).isInstanceOf(InputRejectedException.class);
		assertThatThrownBy(() -> PageQuery.of(0, 201, null, "name")).isInstanceOf(InputRejectedException.class);
		assertThat(PageQuery.of(2, 50, null, "name").offset()).isEqualTo(100);
	}

	@Test
	void keepsMoneyAtTheCurrencysScale() {
		assertThat(new Money(new java.math.BigDecimal("10.5"), Money.currency("eur")).toString())
			.isEqualTo("10.50 EUR");
		assertThatThrownBy(() -> new Money(new java.math.BigDecimal("1.001"), Money.currency("EUR")))
			.isInstanceOf(InputRejectedException.class);
		assertThatThrownBy(() -> Money.currency("XYZQ")).isInstanceOf(InputRejectedException.class);
	}

}
