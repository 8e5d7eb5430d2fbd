package org.tandem.analytics.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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

	AttributionModel attribution() {
		return this.model != null ? this.model : AttributionModel.W_SHAPED;
	}

}
