package org.tandem.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.campaigns.AttributionModel;
import org.tandem.campaigns.CampaignReports;
import org.tandem.campaigns.CampaignResult;
import org.tandem.campaigns.CustomerFeedback;
import org.tandem.campaigns.FeedbackTheme;
import org.tandem.funnel.FunnelReports;
import org.tandem.goals.FunnelCounts;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiAlert;
import org.tandem.goals.KpiAlerts;
import org.tandem.goals.KpiFilter;
import org.tandem.goals.KpiValue;
import org.tandem.goals.Kpis;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.meetings.AgendaLine.Source;
import org.tandem.meetings.domain.MeetingStore;
import org.tandem.routing.SlaCompliance;
import org.tandem.routing.SlaDesk;

/**
 * Fills a meeting's agenda from the numbers, section by section, for the period since the
 * series' previous meeting: the KPI alerts raised and the KPIs that moved, the results of
 * the campaigns that ran, the funnel against the period before, the hand-off deadlines
 * kept and broken, sales' reasons for sending leads back, and the action items still
 * open.
 */
@Component
class AgendaFiller {

	/** The KPIs an opening goes through, in this order. */
	private static final List<Kpi> HEADLINE = List.of(Kpi.LEADS_CREATED, Kpi.MQLS, Kpi.SQLS, Kpi.MQL_TO_SQL,
			Kpi.DEALS_WON, Kpi.WON_REVENUE);

	private static final int TOP = 5;

	private final MeetingStore store;

	private final KpiAlerts alerts;

	private final Kpis kpis;

	private final CampaignReports campaigns;

	private final SlaDesk deadlines;

	private final FunnelReports funnel;

	private final UserDirectory directory;

	private final CustomerFeedback feedback;

	private final Clock clock;

	AgendaFiller(MeetingStore store, KpiAlerts alerts, Kpis kpis, CampaignReports campaigns, SlaDesk deadlines,
			FunnelReports funnel, UserDirectory directory, CustomerFeedback feedback, Clock clock) {
		this.feedback = feedback;
		this.store = store;
		this.alerts = alerts;
		this.kpis = kpis;
		this.campaigns = campaigns;
		this.deadlines = deadlines;
		this.funnel = funnel;
		this.directory = directory;
		this.clock = clock;
	}

	/** The period a meeting looks back on: since the previous one, or one rhythm back. */
	record Period(Instant since, Instant until, LocalDate from, LocalDate to, LocalDate previousFrom,
			LocalDate previousTo) {
	}

	Period period(Meeting meeting) {
		Instant until = this.clock.instant();
		Instant since = this.store.previous(meeting.series(), meeting.startsAt())
			.map(Meeting::startsAt)
			.orElse(meeting.startsAt().minus(rhythm(meeting.kind())));
		if (!since.isBefore(until)) {
			since = until.minus(rhythm(meeting.kind()));
		}
		LocalDate today = LocalDate.ofInstant(until, meeting.timeZone());
		long days = Math.max(1, ChronoUnit.DAYS.between(LocalDate.ofInstant(since, meeting.timeZone()), today));
		LocalDate from = today.minusDays(days);
		return new Period(since, until, from, today.minusDays(1), from.minusDays(days), from.minusDays(1));
	}

	private static Duration rhythm(MeetingKind kind) {
		return switch (kind) {
			case WEEKLY_STATUS, AD_HOC -> Duration.ofDays(7);
			case MONTHLY_STRATEGY -> Duration.ofDays(30);
			case QUARTERLY_STRATEGY -> Duration.ofDays(91);
		};
	}

	/** The agenda's lines for the series' sections, in order. */
	List<AgendaLine> fill(Meeting meeting, MeetingSeries series) {
		Period period = period(meeting);
		List<AgendaLine> lines = new ArrayList<>();
		for (MeetingSeries.Section section : series.sections()) {
			Lines out = new Lines(section.section(), lines);
			switch (section.section()) {
				case OPENING -> {
					alerts(period, out);
					kpiChanges(period, out);
				}
				case CAMPAIGN_REVIEW, CAMPAIGN_REPORTS -> campaigns(period, out);
				case SALES_ANALYSIS -> {
					funnel(period, out);
					deadlines(period, out);
				}
				case SALES_DATA -> {
					funnel(period, out);
					deadlines(period, out);
					feedback(period, out);
					rejections(period, out);
				}
				case CUSTOMER_FEEDBACK -> {
					feedback(period, out);
					rejections(period, out);
				}
				case PLANNING, JOINT_ACTIONS, TASKS -> items(meeting, period, out);
				case CLOSING -> out.add(Source.TEMPLATE, "agenda.closing", null);
			}
		}
		return lines;
	}

	/** Appends the lines of one section, numbered in order. */
	private static final class Lines {

		private final AgendaSection section;

		private final List<AgendaLine> lines;

		private int position;

		Lines(AgendaSection section, List<AgendaLine> lines) {
			this.section = section;
			this.lines = lines;
		}

		void add(Source source, String message, @Nullable String link, String... args) {
			this.lines.add(new AgendaLine(UUID.randomUUID(), this.section, this.position++, source, message,
					List.of(args), link, null));
		}

	}

	private void alerts(Period period, Lines out) {
		List<KpiAlert> raised = this.alerts.since(period.since());
		if (raised.isEmpty()) {
			out.add(Source.KPI_ALERT, "agenda.noAlerts", "/goals/alerts");
		}
		for (KpiAlert alert : raised.subList(0, Math.min(TOP, raised.size()))) {
			BigDecimal usual = alert.mean() != null ? alert.mean() : alert.threshold();
			out.add(Source.KPI_ALERT, "agenda.alert", "/goals/alerts", alert.ruleName(), "#kpi." + alert.kpi().name(),
					number(alert.value()), alert.weekStart().toString(), number(usual));
		}
	}

	private void kpiChanges(Period period, Lines out) {
		Map<Kpi, KpiValue> now = this.kpis.values(HEADLINE, filter(period.from(), period.to()));
		Map<Kpi, KpiValue> before = this.kpis.values(HEADLINE, filter(period.previousFrom(), period.previousTo()));
		for (Kpi kpi : HEADLINE) {
			BigDecimal current = value(now.get(kpi));
			BigDecimal previous = value(before.get(kpi));
			if (current == null && previous == null) {
				continue;
			}
			out.add(Source.KPI_CHANGE, "agenda.kpiChange", "/kpis", "#kpi." + kpi.name(), number(current),
					number(previous), change(current, previous));
		}
	}

	private static @Nullable BigDecimal value(@Nullable KpiValue value) {
		if (value == null) {
			return null;
		}
		if (!value.amounts().isEmpty()) {
			return value.amounts().get(0).amount();
		}
		return value.value();
	}

	private void campaigns(Period period, Lines out) {
		List<CampaignResult> ran = this.campaigns.results(AttributionModel.LAST_TOUCH)
			.stream()
			.filter(result -> !result.campaign().startsOn().isAfter(period.to())
					&& (result.campaign().endsOn() == null || !result.campaign().endsOn().isBefore(period.from())))
			.sorted(Comparator.comparingLong(CampaignResult::leads).reversed())
			.limit(TOP)
			.toList();
		if (ran.isEmpty()) {
			out.add(Source.CAMPAIGN, "agenda.noCampaigns", "/campaigns");
		}
		for (CampaignResult result : ran) {
			out.add(Source.CAMPAIGN, "agenda.campaign", "/campaigns/" + result.campaign().id(),
					result.campaign().name(), Long.toString(result.leads()), Long.toString(result.mqls()),
					Long.toString(result.sqls()),
					result.roi() == null ? "—" : percent(result.roi().multiply(BigDecimal.valueOf(100))));
		}
	}

	/**
	 * The leads that came in during the period and how far they got, beside those of the
	 * period before.
	 */
	private void funnel(Period period, Lines out) {
		FunnelCounts now = this.kpis.funnel(filter(period.from(), period.to()));
		FunnelCounts before = this.kpis.funnel(filter(period.previousFrom(), period.previousTo()));
		out.add(Source.FUNNEL, "agenda.cohort", "/analytics", Long.toString(now.entered()), Long.toString(now.mql()),
				Long.toString(now.sql()), Long.toString(now.won()), change(now.entered(), before.entered()));
		out.add(Source.FUNNEL, "agenda.cohortBefore", "/analytics", Long.toString(before.entered()),
				Long.toString(before.mql()), Long.toString(before.sql()), Long.toString(before.won()));
	}

	private void deadlines(Period period, Lines out) {
		Map<UserId, SlaCompliance> byRep = this.deadlines.compliance(period.since(), period.until());
		SlaCompliance all = byRep.values().stream().reduce(SlaCompliance.NONE, SlaCompliance::plus);
		if (all.settled() == 0) {
			out.add(Source.DEADLINES, "agenda.noDeadlines", "/routing");
			return;
		}
		out.add(Source.DEADLINES, "agenda.deadlines", "/routing", Long.toString(all.kept()),
				Long.toString(all.broken()), percent(BigDecimal.valueOf(all.kept() * 100)
					.divide(BigDecimal.valueOf(all.settled()), 1, RoundingMode.HALF_EVEN)));
		Map<UserId, String> names = this.directory.displayNames(byRep.keySet());
		byRep.entrySet()
			.stream()
			.filter(rep -> rep.getValue().broken() > 0)
			.sorted(Comparator.comparingLong((Map.Entry<UserId, SlaCompliance> rep) -> rep.getValue().broken())
				.reversed())
			.limit(TOP)
			.forEach(rep -> out.add(Source.DEADLINES, "agenda.deadlinesRep", "/routing",
					names.getOrDefault(rep.getKey(), "?"), Long.toString(rep.getValue().broken())));
	}

	/**
	 * The themes customers raised with reps, the most frequent first, with their words.
	 */
	private void feedback(Period period, Lines out) {
		List<FeedbackTheme> themes = this.feedback.since(period.since());
		if (themes.isEmpty()) {
			out.add(Source.FEEDBACK, "agenda.noFeedback", "/feedback");
		}
		for (FeedbackTheme theme : themes.subList(0, Math.min(TOP, themes.size()))) {
			String kind = "#feedbackKind." + theme.kind().name();
			if (theme.latestQuote() != null) {
				out.add(Source.FEEDBACK, "agenda.feedbackQuote", "/feedback", kind, theme.theme(),
						Long.toString(theme.count()), theme.latestQuote());
			}
			else {
				out.add(Source.FEEDBACK, "agenda.feedbackTheme", "/feedback", kind, theme.theme(),
						Long.toString(theme.count()));
			}
		}
	}

	private void rejections(Period period, Lines out) {
		Map<String, Long> reasons = this.funnel.rejectionsByReason(period.since());
		if (reasons.isEmpty()) {
			out.add(Source.REJECTIONS, "agenda.noRejections", "/funnel/rejections");
		}
		reasons.entrySet()
			.stream()
			.limit(TOP)
			.forEach(reason -> out.add(Source.REJECTIONS, "agenda.rejection", "/funnel/rejections",
					"reason:" + reason.getKey(), Long.toString(reason.getValue())));
	}

	private void items(Meeting meeting, Period period, Lines out) {
		LocalDate today = LocalDate.ofInstant(period.until(), meeting.timeZone());
		List<ActionItem> items = this.store.itemsOf(meeting.series(), period.since());
		if (items.isEmpty()) {
			out.add(Source.ACTION_ITEM, "agenda.noItems", null);
		}
		items.stream().sorted(Comparator.comparing((ActionItem item) -> !item.overdue(today))).forEach(item -> {
			String message = item.overdue(today) ? "agenda.itemOverdue"
					: item.status() == ActionStatus.OPEN ? "agenda.item" : "agenda.itemClosed";
			out.add(Source.ACTION_ITEM, message, item.link(), item.title(), item.ownerName(), item.dueOn().toString());
		});
	}

	private static KpiFilter filter(LocalDate from, LocalDate to) {
		return new KpiFilter(from, to.isBefore(from) ? from : to, null, null, null, null, null);
	}

	private static String number(@Nullable BigDecimal value) {
		return value == null ? "—"
				: value.setScale(value.scale() > 0 ? 2 : 0, RoundingMode.HALF_EVEN)
					.stripTrailingZeros()
					.toPlainString();
	}

	private static String percent(BigDecimal value) {
		return value.setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
	}

	private static String change(long current, long previous) {
		return change(BigDecimal.valueOf(current), BigDecimal.valueOf(previous));
	}

	/** The change on the period before, as a signed percentage ("—" from nothing). */
	static String change(@Nullable BigDecimal current, @Nullable BigDecimal previous) {
		if (current == null || previous == null || previous.signum() == 0) {
			return "—";
		}
		BigDecimal percent = current.subtract(previous)
			.multiply(BigDecimal.valueOf(100))
			.divide(previous.abs(), 1, RoundingMode.HALF_EVEN);
		return (percent.signum() > 0 ? "+" : "") + percent(percent);
	}

}
