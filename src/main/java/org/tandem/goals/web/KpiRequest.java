package org.tandem.goals.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.tandem.goals.KpiFilter;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;
import org.tandem.platform.InputRejectedException;

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

	/**
	 * People in marketing and sales read the shared numbers and their own; only managers,
	 * leadership and admins read another person's.
	 */
	static void checkPersonal(KpiFilter filter, CurrentUser viewer, boolean byPerson) {
		if (viewer.hasRole(Role.MANAGER, Role.LEADERSHIP, Role.ADMIN)) {
			return;
		}
		if (byPerson) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "by", "only managers compare people");
		}
		if (filter.rep() != null && !filter.rep().equals(viewer.id())) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "rep",
					"only managers read another person's numbers");
		}
	}

}
