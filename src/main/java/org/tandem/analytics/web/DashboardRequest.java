package org.tandem.analytics.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.tandem.analytics.Dashboard;
import org.tandem.campaigns.AttributionModel;
import org.tandem.goals.KpiFilter;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;

/**
 * A dashboard's filters as query parameters: the period (by default the last 90 days),
 * the cut, and the attribution model for campaign credit.
 */
record DashboardRequest(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @Nullable UUID team, @Nullable UUID rep,
		@Nullable String channel, @Nullable String campaign, @Nullable String segment,
		@Nullable AttributionModel model) {

	static final int DEFAULT_DAYS = 90;

	KpiFilter filter(ZoneId zone) {
		LocalDate end = this.to != null ? this.to : LocalDate.now(zone);
		LocalDate start = this.from != null ? this.from : end.minusDays(DEFAULT_DAYS - 1);
		return filter(start, end);
	}

	/**
	 * The filters for one dashboard: the forecast looks at the current quarter unless
	 * told otherwise, as quotas are set by quarter.
	 */
	KpiFilter filter(ZoneId zone, Dashboard dashboard) {
		if (dashboard != Dashboard.FORECAST || this.from != null || this.to != null) {
			return filter(zone);
		}
		LocalDate today = LocalDate.now(zone);
		LocalDate start = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
		return filter(start, start.plusMonths(3).minusDays(1));
	}

	private KpiFilter filter(LocalDate start, LocalDate end) {
		return new KpiFilter(start, end, this.team == null ? null : new TeamId(this.team),
				this.rep == null ? null : new UserId(this.rep), this.channel, this.campaign, this.segment);
	}

	/**
	 * The filters a saved report's query string holds; a value that does not read is left
	 * out, as the page would.
	 */
	static DashboardRequest parse(String query) {
		MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("/?" + query)
			.build()
			.getQueryParams();
		return new DashboardRequest(read(params, "from", LocalDate::parse), read(params, "to", LocalDate::parse),
				read(params, "team", UUID::fromString), read(params, "rep", UUID::fromString),
				read(params, "channel", value -> value), read(params, "campaign", value -> value),
				read(params, "segment", value -> value), read(params, "model", AttributionModel::valueOf));
	}

	private static <T> @Nullable T read(MultiValueMap<String, String> params, String name,
			java.util.function.Function<String, T> reader) {
		String value = params.getFirst(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return reader.apply(UriUtils.decode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	AttributionModel attribution() {
		return this.model != null ? this.model : AttributionModel.W_SHAPED;
	}

}
