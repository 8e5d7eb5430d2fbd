package org.tandem.goals.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.goals.Grain;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiAccess;
import org.tandem.goals.KpiFacts;
import org.tandem.goals.KpiFilter;
import org.tandem.goals.KpiPoint;
import org.tandem.goals.Kpis;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;

/**
 * The KPI page both departments read: every number of the catalogue for a period and a
 * cut, and the weekly course of leads, MQLs and SQLs.
 */
@Controller
@RequestMapping("/kpis")
class KpiController {

	private final Kpis kpis;

	private final KpiFacts facts;

	private final KpiAccess access;

	KpiController(Kpis kpis, KpiFacts facts, KpiAccess access) {
		this.kpis = kpis;
		this.facts = facts;
		this.access = access;
	}

	@GetMapping
	String show(KpiRequest request, Model model) {
		CurrentUser viewer = CurrentUsers.require();
		KpiFilter filter = request.filter(this.facts.zone());
		this.access.check(filter, viewer, false);
		model.addAttribute("filter", filter);
		model.addAttribute("zone", this.facts.zone().getId());
		model.addAttribute("values", this.kpis.all(filter));
		List<Kpi> trend = List.of(Kpi.LEADS_CREATED, Kpi.MQLS, Kpi.SQLS, Kpi.MQL_TO_SQL);
		Map<Kpi, List<KpiPoint>> series = new java.util.LinkedHashMap<>();
		trend.forEach(kpi -> series.put(kpi, this.kpis.series(kpi, filter, Grain.WEEK)));
		model.addAttribute("trend", trend);
		model.addAttribute("series", series);
		model.addAttribute("weeks", series.get(Kpi.LEADS_CREATED).stream().map(KpiPoint::start).toList());
		model.addAllAttributes(this.access.filterOptions(viewer));
		return "goals/kpis";
	}

}
