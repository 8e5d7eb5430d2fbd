package org.tandem.goals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tandem.crm.Channel;
import org.tandem.crm.SizeBand;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.platform.InputRejectedException;

/**
 * Who reads whose numbers, for every page and API of shared numbers: people in marketing
 * and sales read the shared numbers and their own; only heads, leadership and admins read
 * or compare other people's. Also what the filters offer each viewer.
 */
@Component
public class KpiAccess {

	private final UserDirectory directory;

	private final Kpis kpis;

	KpiAccess(UserDirectory directory, Kpis kpis) {
		this.directory = directory;
		this.kpis = kpis;
	}

	public static boolean seesOthers(CurrentUser viewer) {
		return viewer.hasRole(Role.MANAGER, Role.LEADERSHIP, Role.ADMIN);
	}

	/**
	 * Refuses a filter on another person's numbers, or a comparison of people
	 * ({@code byPerson}), to a viewer who may not read them.
	 */
	public void check(KpiFilter filter, CurrentUser viewer, boolean byPerson) {
		if (seesOthers(viewer)) {
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

	/**
	 * What the filters offer this viewer, under the names the filter fields read: teams,
	 * reps (every active rep, or only the viewer), channels, campaigns and segments.
	 */
	public Map<String, Object> filterOptions(CurrentUser viewer) {
		List<UserSummary> reps = seesOthers(viewer)
				? this.directory.withRole(Role.SALES).stream().filter(UserSummary::enabled).toList()
				: this.directory.find(viewer.id()).stream().toList();
		return Map.of("teams", this.directory.teams(), "reps", reps, "channels", Arrays.asList(Channel.values()),
				"campaigns", this.kpis.campaigns(), "segments", Arrays.asList(SizeBand.values()));
	}

}
