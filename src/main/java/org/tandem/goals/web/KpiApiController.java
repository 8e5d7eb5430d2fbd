package org.tandem.goals.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.goals.Grain;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiAccess;
import org.tandem.goals.KpiFacts;
import org.tandem.goals.KpiFilter;
import org.tandem.goals.KpiPoint;
import org.tandem.goals.KpiValue;
import org.tandem.goals.Kpis;
import org.tandem.goals.Slice;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.InputRejectedException;

/**
 * The KPI catalogue over JSON: the same numbers, computed the same way, as the pages
 * show.
 */
@RestController
@RequestMapping("/api/v1/kpis")
class KpiApiController {

	private final Kpis kpis;

	private final KpiFacts facts;

	private final KpiAccess access;

	KpiApiController(Kpis kpis, KpiFacts facts, KpiAccess access) {
		this.kpis = kpis;
		this.facts = facts;
		this.access = access;
	}

	/** Every KPI for a filter. */
	record Catalogue(KpiFilter filter, String timeZone, List<KpiValue> values) {
	}

	@GetMapping
	Catalogue all(KpiRequest request) {
		KpiFilter filter = filter(request, false);
		return new Catalogue(filter, this.facts.zone().getId(), this.kpis.all(filter));
	}

	@GetMapping("/{kpi}")
	KpiValue one(@PathVariable Kpi kpi, KpiRequest request) {
		return this.kpis.value(kpi, filter(request, false));
	}

	/** A count or conversion KPI per day, week or month of the period. */
	@GetMapping("/{kpi}/series")
	List<KpiPoint> series(@PathVariable Kpi kpi, @RequestParam(defaultValue = "WEEK") Grain grain, KpiRequest request) {
		return this.kpis.series(kpi, filter(request, false), grain);
	}

	/** A count or conversion KPI per owner, channel, campaign or segment. */
	@GetMapping("/{kpi}/by/{slice}")
	Map<String, KpiValue> bySlice(@PathVariable Kpi kpi, @PathVariable Slice slice, KpiRequest request) {
		if (slice == Slice.ALL) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "slice",
					"cut by OWNER, CHANNEL, CAMPAIGN or SEGMENT");
		}
		return this.kpis.bySlice(kpi, filter(request, slice == Slice.OWNER), slice);
	}

	private KpiFilter filter(KpiRequest request, boolean byPerson) {
		KpiFilter filter = request.filter(this.facts.zone());
		this.access.check(filter, CurrentUsers.require(), byPerson);
		return filter;
	}

}
