package org.tandem.goals.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.goals.KpiFilter;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;

/**
 * A KPI question as query parameters; the period defaults to the last 30 days.
 */
record KpiRequest(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @Nullable UUID team, @Nullable UUID rep,
		@Nullable String channel, @Nullable String campaign, @Nullable String segment) {

	static final int DEFAULT_DAYS = 30;

	KpiFilter filter(ZoneId zone) {
		LocalDate end = this.to != null ? this.to : LocalDate.now(zone);
		LocalDate start = this.from != null ? this.from : end.minusDays(DEFAULT_DAYS - 1);
		return new KpiFilter(start, end, this.team == null ? null : new TeamId(this.team),
				this.rep == null ? null : new UserId(this.rep), this.channel, this.campaign, this.segment);
	}

}
