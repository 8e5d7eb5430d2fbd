package org.tandem.funnel.web;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactManagement;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.ReasonCatalogue;
import org.tandem.funnel.domain.FunnelStatistics;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.platform.PageQuery;

/**
 * The home page: the funnel by stage, the top rejection reasons, and for a sales rep
 * their own open leads. The shared numbers (conversion and the last twelve months) are
 * loaded into it from the analytics module, so that they are the KPI catalogue's.
 */
@Controller
class HomeController {

	private final FunnelStatistics statistics;

	private final ContactManagement contacts;

	private final ReasonCatalogue reasons;

	private final Clock clock;

	HomeController(FunnelStatistics statistics, ContactManagement contacts, ReasonCatalogue reasons, Clock clock) {
		this.statistics = statistics;
		this.contacts = contacts;
		this.reasons = reasons;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("counts", this.statistics.countsByStage());
		Map<String, String> labels = this.reasons.labels(locale);
		Map<String, Long> rejections = new LinkedHashMap<>();
		this.statistics.rejectionsByReason(this.clock.instant().minus(Duration.ofDays(90)))
			.forEach((code, count) -> rejections.put(labels.getOrDefault(code, code), count));
		model.addAttribute("rejections", rejections);
		if (me.hasRole(Role.MARKETING, Role.MANAGER)) {
			model.addAttribute("newLeads",
					this.contacts
						.list(new ContactFilter(null, LifecycleStage.LEAD.name(), null, null, null, false),
								PageQuery.of(0, 8, null, "-created"), me)
						.items());
		}
		if (me.role() == Role.SALES) {
			model.addAttribute("myLeads",
					this.contacts
						.list(new ContactFilter(null, LifecycleStage.MQL.name(), me.id(), null, null, false),
								PageQuery.of(0, 10, null, "-updated"), me)
						.items());
		}
		return "funnel/home";
	}

}
