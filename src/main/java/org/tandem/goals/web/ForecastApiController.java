package org.tandem.goals.web;

import java.util.Currency;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.goals.Forecast;
import org.tandem.goals.Forecasts;
import org.tandem.goals.KpiAccess;
import org.tandem.goals.KpiFacts;
import org.tandem.goals.KpiFilter;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.InputRejectedException;

/**
 * The revenue forecast over JSON: per rep, per team and for everyone, next to the quotas,
 * as the forecast dashboard shows it.
 */
@RestController
@RequestMapping("/api/v1/forecast")
class ForecastApiController {

	private final Forecasts forecasts;

	private final KpiFacts facts;

	private final KpiAccess access;

	ForecastApiController(Forecasts forecasts, KpiFacts facts, KpiAccess access) {
		this.forecasts = forecasts;
		this.facts = facts;
		this.access = access;
	}

	@GetMapping
	Forecast forecast(KpiRequest request, @RequestParam(required = false) @Nullable String currency) {
		KpiFilter filter = request.filter(this.facts.zone());
		CurrentUser viewer = CurrentUsers.require();
		this.access.check(filter, viewer, false);
		return this.forecasts.forecast(filter, currency(currency), viewer);
	}

	private static @Nullable Currency currency(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InputRejectedException("currency", "is not an ISO 4217 currency code");
		}
	}

}
