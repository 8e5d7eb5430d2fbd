package org.tandem.funnel.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.funnel.ReasonCatalogue;
import org.tandem.funnel.domain.FunnelStatistics;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;

/**
 * What marketing sees of sales' feedback: the leads sales sent back, with their reasons.
 */
@Controller
class RejectionsController {

	private final FunnelStatistics statistics;

	private final ContactManagement contacts;

	private final ReasonCatalogue reasons;

	private final Clock clock;

	RejectionsController(FunnelStatistics statistics, ContactManagement contacts, ReasonCatalogue reasons,
			Clock clock) {
		this.statistics = statistics;
		this.contacts = contacts;
		this.reasons = reasons;
		this.clock = clock;
	}

	record Row(FunnelStatistics.Rejection rejection, String name, String reason) {
	}

	@GetMapping("/funnel/rejections")
	String rejections(Locale locale, Model model) {
		CurrentUser me = CurrentUsers.require();
		var labels = this.reasons.labels(locale);
		model.addAttribute("rows",
				this.statistics.recentRejections(100)
					.stream()
					.map(rejection -> this.contacts.find(new ContactId(rejection.contact()), me)
						.map(contact -> new Row(rejection, contact.name(),
								labels.getOrDefault(rejection.reason(), String.valueOf(rejection.reason()))))
						.orElse(null))
					.filter(Objects::nonNull)
					.toList());
		model.addAttribute("byReason",
				this.statistics.rejectionsByReason(this.clock.instant().minus(Duration.ofDays(90))));
		model.addAttribute("labels", labels);
		return "funnel/rejections";
	}

}
