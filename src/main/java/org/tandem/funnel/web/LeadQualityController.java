package org.tandem.funnel.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.Origin;
import org.tandem.funnel.ReasonCatalogue;
import org.tandem.funnel.domain.FunnelStatistics;
import org.tandem.funnel.domain.FunnelStatistics.Outcome;

/**
 * The lead-quality report for marketing, from sales' own feedback: of the leads handed to
 * sales, how many were accepted, why the others were sent back, and how many were won, by
 * channel, by campaign and by form.
 */
@Controller
class LeadQualityController {

	private final FunnelStatistics statistics;

	private final ContactManagement contacts;

	private final ReasonCatalogue reasons;

	private final Clock clock;

	LeadQualityController(FunnelStatistics statistics, ContactManagement contacts, ReasonCatalogue reasons,
			Clock clock) {
		this.statistics = statistics;
		this.contacts = contacts;
		this.reasons = reasons;
		this.clock = clock;
	}

	/** One line of the report. */
	record Row(String key, long handedOff, long accepted, long rejected, long won, @Nullable String topReason) {

		public long acceptanceRate() {
			return this.accepted + this.rejected == 0 ? 0
					: Math.round(100.0 * this.accepted / (this.accepted + this.rejected));
		}

		public long winRate() {
			return this.handedOff == 0 ? 0 : Math.round(100.0 * this.won / this.handedOff);
		}

	}

	@GetMapping("/funnel/quality")
	String report(@RequestParam(defaultValue = "180") int days, Locale locale, Model model) {
		int period = List.of(30, 90, 180, 365).contains(days) ? days : 180;
		Map<UUID, Outcome> outcomes = this.statistics
			.handOffOutcomes(this.clock.instant().minus(Duration.ofDays(period)));
		Map<ContactId, Origin> origins = this.contacts.origins(outcomes.keySet().stream().map(ContactId::new).toList());
		Map<String, String> labels = this.reasons.labels(locale);
		model.addAttribute("days", period);
		model.addAttribute("byChannel", rows(outcomes, origins,
				origin -> origin.channel() == null ? "" : "channel." + origin.channel().name(), labels));
		model.addAttribute("byCampaign",
				rows(outcomes, origins, origin -> origin.campaign() == null ? "" : origin.campaign(), labels));
		model.addAttribute("byForm",
				rows(outcomes, origins, origin -> origin.form() == null ? "" : origin.form(), labels));
		return "funnel/quality";
	}

	private static List<Row> rows(Map<UUID, Outcome> outcomes, Map<ContactId, Origin> origins,
			Function<Origin, String> key, Map<String, String> labels) {
		Map<String, List<Outcome>> groups = new HashMap<>();
		outcomes.forEach((contact, outcome) -> {
			Origin origin = origins.get(new ContactId(contact));
			if (origin != null) {
				groups.computeIfAbsent(key.apply(origin), k -> new ArrayList<>()).add(outcome);
			}
		});
		List<Row> rows = new ArrayList<>();
		groups.forEach((group, list) -> {
			Map<String, Long> reasons = new HashMap<>();
			list.stream().filter(o -> o.reason != null).forEach(o -> reasons.merge(o.reason, 1L, Long::sum));
			String top = reasons.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.map(entry -> labels.getOrDefault(entry.getKey(), entry.getKey()))
				.orElse(null);
			rows.add(new Row(group, list.size(), list.stream().filter(o -> o.accepted).count(),
					list.stream().filter(o -> o.rejected).count(), list.stream().filter(o -> o.won).count(), top));
		});
		rows.sort(Comparator.comparingLong(Row::handedOff).reversed());
		return rows;
	}

}
