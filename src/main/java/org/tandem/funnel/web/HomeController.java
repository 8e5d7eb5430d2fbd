package org.tandem.funnel.web;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The home page: the funnel by stage, the last twelve months of new leads, MQLs, SQLs and
 * wins, the top rejection reasons, and for a sales rep their own open leads.
 */
@Controller
class HomeController {

	private final FunnelStatistics statistics;

	private final ContactManagement contacts;

	private final ReasonCatalogue reasons;

	private final Clock clock;

	private final MessageSource messages;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	HomeController(FunnelStatistics statistics, ContactManagement contacts, ReasonCatalogue reasons, Clock clock,
			MessageSource messages) {
		this.statistics = statistics;
		this.contacts = contacts;
		this.reasons = reasons;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("counts", this.statistics.countsByStage());
		Map<String, Map<String, Long>> monthly = monthly();
		model.addAttribute("monthly", monthly);
		model.addAttribute("chart", chart(monthly));
		Map<String, String> labels = this.reasons.labels(locale);
		Map<String, Long> rejections = new LinkedHashMap<>();
		this.statistics.rejectionsByReason(this.clock.instant().minus(Duration.ofDays(90)))
			.forEach((code, count) -> rejections.put(labels.getOrDefault(code, code), count));
		model.addAttribute("rejections", rejections);
		model.addAttribute("conversion", conversion());
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

	/**
	 * Stage-to-stage conversion over the last twelve months, in percent: of the leads
	 * that entered the earlier stage, how many entered the next.
	 */
	private Map<String, Long> conversion() {
		Map<LifecycleStage, Long> entries = this.statistics
			.entriesSince(this.clock.instant().minus(Duration.ofDays(365)));
		Map<String, Long> rates = new LinkedHashMap<>();
		rates.put("LEAD_MQL", percent(entries.get(LifecycleStage.MQL), entries.get(LifecycleStage.LEAD)));
		rates.put("MQL_SQL", percent(entries.get(LifecycleStage.SQL), entries.get(LifecycleStage.MQL)));
		rates.put("SQL_WON", percent(entries.get(LifecycleStage.WON), entries.get(LifecycleStage.SQL)));
		return rates;
	}

	private static long percent(long part, long whole) {
		return whole == 0 ? 0 : Math.round(100.0 * part / whole);
	}

	/**
	 * The ECharts option for the monthly chart, as JSON for the page's data attribute.
	 */
	private String chart(Map<String, Map<String, Long>> monthly) {
		List<Map<String, Object>> series = new ArrayList<>();
		for (String stage : List.of("LEAD", "MQL", "SQL", "WON")) {
			series.add(Map.of("name", this.messages.getMessage("stage." + stage, null, LocaleContextHolder.getLocale()),
					"type", "LEAD".equals(stage) ? "bar" : "line", "data",
					monthly.values().stream().map(row -> row.get(stage)).toList()));
		}
		return JSON.writeValueAsString(Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of(), "grid",
				Map.of("left", 40, "right", 10, "bottom", 30), "xAxis",
				Map.of("type", "category", "data", List.copyOf(monthly.keySet())), "yAxis", Map.of("type", "value"),
				"series", series));
	}

	/** Months (oldest first) with the number of leads entering LEAD, MQL, SQL and WON. */
	private Map<String, Map<String, Long>> monthly() {
		YearMonth now = YearMonth.from(this.clock.instant().atZone(ZoneOffset.UTC));
		Map<String, Map<String, Long>> months = new TreeMap<>();
		for (int back = 11; back >= 0; back--) {
			Map<String, Long> row = new LinkedHashMap<>();
			for (String stage : List.of("LEAD", "MQL", "SQL", "WON")) {
				row.put(stage, 0L);
			}
			months.put(now.minusMonths(back).toString(), row);
		}
		List<FunnelStatistics.MonthlyCount> counts = new ArrayList<>(
				this.statistics.entriesByMonth(now.minusMonths(11).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
		counts.forEach(count -> {
			Map<String, Long> row = months.get(count.month());
			if (row != null) {
				row.merge(count.stage(), count.count(), Long::sum);
			}
		});
		return months;
	}

}
