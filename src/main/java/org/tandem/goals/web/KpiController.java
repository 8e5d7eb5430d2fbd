package org.tandem.goals.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.crm.Channel;
import org.tandem.crm.SizeBand;
import org.tandem.goals.Grain;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiFacts;
import org.tandem.goals.KpiFilter;
import org.tandem.goals.KpiPoint;
import org.tandem.goals.Kpis;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;

/**
 * The KPI page both departments read: every number of the catalogue for a period and a
 * cut, and the weekly course of leads, MQLs and SQLs.
 */
@Controller
@RequestMapping("/kpis")
class KpiController {

	private final Kpis kpis;

	private final KpiFacts facts;

	private final UserDirectory directory;

	KpiController(Kpis kpis, KpiFacts facts, UserDirectory directory) {
		this.kpis = kpis;
		this.facts = facts;
		this.directory = directory;
	}

	@GetMapping
	String show(KpiRequest request, Model model) {
		CurrentUser viewer = CurrentUsers.require();
		KpiFilter filter = request.filter(this.facts.zone());
		KpiRequest.checkPersonal(filter, viewer, false);
		boolean seesPeople = viewer.hasRole(Role.MANAGER, Role.LEADERSHIP, Role.ADMIN);
		model.addAttribute("filter", filter);
		model.addAttribute("zone", this.facts.zone().getId());
		model.addAttribute("values", this.kpis.all(filter));
		List<Kpi> trend = List.of(Kpi.LEADS_CREATED, Kpi.MQLS, Kpi.SQLS, Kpi.MQL_TO_SQL);
		Map<Kpi, List<KpiPoint>> series = new java.util.LinkedHashMap<>();
		trend.forEach(kpi -> series.put(kpi, this.kpis.series(kpi, filter, Grain.WEEK)));
		model.addAttribute("trend", trend);
		model.addAttribute("series", series);
		model.addAttribute("weeks", series.get(Kpi.LEADS_CREATED).stream().map(KpiPoint::start).toList());
		model.addAttribute("teams", this.directory.teams());
		model.addAttribute("reps",
				seesPeople ? this.directory.withRole(Role.SALES).stream().filter(UserSummary::enabled).toList()
						: List.of(this.directory.find(viewer.id()).orElseThrow()));
		model.addAttribute("channels", Arrays.asList(Channel.values()));
		model.addAttribute("campaigns", this.kpis.campaigns());
		model.addAttribute("segments", Arrays.asList(SizeBand.values()));
		return "goals/kpis";
	}

}
