package org.tandem.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.AttributionModel;
import org.tandem.campaigns.CampaignReports;
import org.tandem.campaigns.CampaignCredit;
import org.tandem.goals.domain.GoalStore;
import org.tandem.goals.domain.KpiQueries;
import org.tandem.goals.domain.KpiQueries.DealRow;
import org.tandem.goals.domain.KpiQueries.DealTotal;
import org.tandem.goals.domain.KpiQueries.Question;
import org.tandem.goals.domain.Measure;
import org.tandem.goals.domain.Span;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.Money;
import org.tandem.routing.SlaCompliance;
import org.tandem.routing.SlaDesk;

/**
 * Computes the catalogue's KPIs for a filter: the one place each number is defined, used
 * by the pages, the API and (through this service) alerts and agendas.
 */
@Service
@Transactional(readOnly = true)
public class Kpis {

	/** Ratios and days are given to this many decimal places. */
	static final int SCALE = 4;

	private final KpiQueries queries;

	private final KpiFacts facts;

	private final UserDirectory directory;

	private final SlaDesk sla;

	private final CampaignReports campaigns;

	private final GoalStore goals;

	private final Clock clock;

	Kpis(KpiQueries queries, KpiFacts facts, UserDirectory directory, SlaDesk sla, CampaignReports campaigns,
			GoalStore goals, Clock clock) {
		this.goals = goals;
		this.clock = clock;
		this.queries = queries;
		this.facts = facts;
		this.directory = directory;
		this.sla = sla;
		this.campaigns = campaigns;
	}

	/** Every KPI of the catalogue for one filter. */
	public List<KpiValue> all(KpiFilter filter) {
		return List.copyOf(values(List.of(Kpi.values()), filter).values());
	}

	/**
	 * Several KPIs for one filter, in the order asked: what they share (the won and the
	 * open deals) is read once.
	 */
	public Map<Kpi, KpiValue> values(Collection<Kpi> kpis, KpiFilter filter) {
		Question question = question(filter);
		Deals deals = new Deals(question);
		Map<Kpi, KpiValue> values = new LinkedHashMap<>();
		kpis.forEach(kpi -> values.put(kpi, value(kpi, filter, question, deals)));
		return values;
	}

	public KpiValue value(Kpi kpi, KpiFilter filter) {
		Question question = question(filter);
		return value(kpi, filter, question, new Deals(question));
	}

	/** The deals of one question, read when first needed and then kept. */
	private final class Deals {

		private final Question question;

		private @Nullable List<DealTotal> won;

		private @Nullable List<DealTotal> open;

		Deals(Question question) {
			this.question = question;
		}

		List<DealTotal> won() {
			if (this.won == null) {
				this.won = Kpis.this.queries.wonTotals(this.question);
			}
			return this.won;
		}

		List<DealTotal> open() {
			if (this.open == null) {
				this.open = Kpis.this.queries.openTotals(this.question);
			}
			return this.open;
		}

	}

	private KpiValue value(Kpi kpi, KpiFilter filter, Question question, Deals deals) {
		return switch (kpi) {
			case LEADS_CREATED -> count(kpi, Measure.ENTERED, question);
			case MQLS -> count(kpi, Measure.MQL, question);
			case SQLS -> count(kpi, Measure.SQL, question);
			case MQL_TO_SQL -> ratio(kpi, sum(Measure.MQL_ACCEPTED, question), sum(Measure.MQL, question), List.of());
			case LEAD_TO_CUSTOMER ->
				ratio(kpi, sum(Measure.ENTERED_WON, question), sum(Measure.ENTERED, question), List.of());
			case SALES_ACCEPTANCE -> {
				long accepted = sum(Measure.MQL_ACCEPTED, question);
				yield ratio(kpi, accepted, accepted + sum(Measure.MQL_REJECTED, question), List.of());
			}
			case DEALS_WON -> {
				long won = deals.won().stream().mapToLong(DealTotal::deals).sum();
				yield new KpiValue(kpi, BigDecimal.valueOf(won), won, null, List.of(), Map.of(), List.of());
			}
			case WON_REVENUE -> money(kpi, deals.won(), false, false);
			case AVERAGE_DEAL_SIZE -> money(kpi, deals.won(), true, false);
			case WEIGHTED_PIPELINE -> money(kpi, deals.open(), false, true);
			case LEAD_TO_DEAL_TIME -> leadToDeal(question);
			case STAGE_VELOCITY -> velocity(question);
			case SLA_COMPLIANCE -> slaCompliance(filter, question);
			case CAMPAIGN_ROI -> campaignRoi(filter);
			case PIPELINE_COVERAGE -> coverage(filter, question);
		};
	}

	/**
	 * A count or ratio KPI per bucket of the period: leads, MQLs and SQLs and the three
	 * conversion rates. Other KPIs have no series and are refused.
	 */
	public List<KpiPoint> series(Kpi kpi, KpiFilter filter, Grain grain) {
		Question question = question(filter);
		List<Measure> measures = measures(kpi);
		List<Map<LocalDate, Long>> daily = measures.stream().map(m -> this.queries.daily(m, question)).toList();
		List<KpiPoint> points = new ArrayList<>();
		for (LocalDate start = grain.start(filter.from()); !start.isAfter(filter.to()); start = grain.next(start)) {
			LocalDate first = start.isBefore(filter.from()) ? filter.from() : start;
			LocalDate last = grain.next(start).minusDays(1).isAfter(filter.to()) ? filter.to()
					: grain.next(start).minusDays(1);
			long[] sums = new long[measures.size()];
			for (int i = 0; i < measures.size(); i++) {
				sums[i] = daily.get(i)
					.entrySet()
					.stream()
					.filter(day -> !day.getKey().isBefore(first) && !day.getKey().isAfter(last))
					.mapToLong(Map.Entry::getValue)
					.sum();
			}
			points.add(new KpiPoint(start, fromSums(kpi, sums)));
		}
		return points;
	}

	/**
	 * A count or ratio KPI over the period, per value of a slice (per channel, per rep…).
	 */
	public Map<String, KpiValue> bySlice(Kpi kpi, KpiFilter filter, Slice by) {
		Question question = question(filter);
		List<Measure> measures = measures(kpi);
		List<Map<String, Long>> counts = measures.stream().map(m -> this.queries.bySlice(m, question, by)).toList();
		Set<String> keys = new java.util.TreeSet<>();
		counts.forEach(map -> keys.addAll(map.keySet()));
		Map<String, KpiValue> values = new LinkedHashMap<>();
		for (String key : keys) {
			long[] sums = new long[measures.size()];
			for (int i = 0; i < measures.size(); i++) {
				sums[i] = counts.get(i).getOrDefault(key, 0L);
			}
			values.put(key, fromSums(kpi, sums));
		}
		return values;
	}

	/**
	 * The end-to-end funnel of the leads that entered in the period: how many have
	 * reached each later stage since.
	 */
	public FunnelCounts funnel(KpiFilter filter) {
		Question question = question(filter);
		return new FunnelCounts(sum(Measure.ENTERED, question), sum(Measure.ENTERED_MQL, question),
				sum(Measure.ENTERED_SQL, question), sum(Measure.ENTERED_OPPORTUNITY, question),
				sum(Measure.ENTERED_WON, question));
	}

	/**
	 * {@link #funnel} for each bucket of the period: cohorts by week or month of entry.
	 */
	public Map<LocalDate, FunnelCounts> cohorts(KpiFilter filter, Grain grain) {
		Question question = question(filter);
		List<Map<LocalDate, Long>> daily = List
			.of(Measure.ENTERED, Measure.ENTERED_MQL, Measure.ENTERED_SQL, Measure.ENTERED_OPPORTUNITY,
					Measure.ENTERED_WON)
			.stream()
			.map(measure -> this.queries.daily(measure, question))
			.toList();
		Map<LocalDate, FunnelCounts> cohorts = new LinkedHashMap<>();
		for (LocalDate start = grain.start(filter.from()); !start.isAfter(filter.to()); start = grain.next(start)) {
			LocalDate from = start;
			LocalDate until = grain.next(start);
			long[] sums = daily.stream()
				.mapToLong(days -> days.entrySet()
					.stream()
					.filter(day -> !day.getKey().isBefore(from) && day.getKey().isBefore(until))
					.mapToLong(Map.Entry::getValue)
					.sum())
				.toArray();
			cohorts.put(start, new FunnelCounts(sums[0], sums[1], sums[2], sums[3], sums[4]));
		}
		return cohorts;
	}

	/**
	 * Every rep's line for the period, the reps with most MQLs handed to them first: the
	 * same counts as the KPIs of a filter on that rep.
	 */
	public List<RepRow> leaderboard(KpiFilter filter) {
		Question question = question(filter);
		Map<String, Long> handed = this.queries.bySlice(Measure.MQL, question, Slice.OWNER);
		Map<String, Long> accepted = this.queries.bySlice(Measure.MQL_ACCEPTED, question, Slice.OWNER);
		Map<String, Long> rejected = this.queries.bySlice(Measure.MQL_REJECTED, question, Slice.OWNER);
		Map<UserId, SlaCompliance> deadlines = this.sla.compliance(question.start(), question.end());
		Map<UUID, List<DealRow>> won = new java.util.HashMap<>();
		this.queries.wonDeals(question)
			.stream()
			.filter(deal -> deal.owner() != null)
			.forEach(deal -> won.computeIfAbsent(deal.owner(), key -> new ArrayList<>()).add(deal));
		Set<UserId> reps = new java.util.HashSet<>();
		handed.keySet()
			.stream()
			.filter(key -> !key.isEmpty())
			.forEach(key -> reps.add(new UserId(UUID.fromString(key))));
		won.keySet().forEach(owner -> reps.add(new UserId(owner)));
		Set<UserId> allowed = reps(filter);
		deadlines.keySet().stream().filter(rep -> allowed == null || allowed.contains(rep)).forEach(reps::add);
		List<RepRow> rows = new ArrayList<>();
		for (UserId rep : reps) {
			String key = rep.value().toString();
			SlaCompliance kept = deadlines.getOrDefault(rep, SlaCompliance.NONE);
			List<DealRow> deals = won.getOrDefault(rep.value(), List.of());
			rows.add(new RepRow(rep, handed.getOrDefault(key, 0L), accepted.getOrDefault(key, 0L),
					rejected.getOrDefault(key, 0L), kept.kept(), kept.broken(), deals.size(),
					money(Kpi.WON_REVENUE, totals(deals), false, false).amounts()));
		}
		rows.sort(java.util.Comparator.comparingLong(RepRow::handedOff)
			.thenComparingLong(RepRow::dealsWon)
			.reversed()
			.thenComparing(row -> row.rep().value()));
		return rows;
	}

	/**
	 * Pipeline coverage for a filter: the open pipeline expected to close by the period's
	 * end over what is left of the won-revenue goal set for exactly the filter's cut and
	 * period.
	 */
	private KpiValue coverage(KpiFilter filter, Question question) {
		Optional<GoalStore.Row> goal = this.goals.all()
			.stream()
			.filter(candidate -> candidate.isQuotaFor(filter) && Objects.equals(candidate.team(), filter.team())
					&& Objects.equals(candidate.rep(), filter.rep()))
			.findFirst();
		if (goal.isEmpty()) {
			return new KpiValue(Kpi.PIPELINE_COVERAGE, null, null, null, List.of(), Map.of(),
					List.of("kpi.note.noQuota"));
		}
		String currency = Objects.requireNonNull(goal.get().currency()).getCurrencyCode();
		List<KpiQueries.ForecastRow> rows = this.queries.forecast(question)
			.stream()
			.filter(row -> row.currency().equals(currency))
			.toList();
		ForecastLine line = Forecasts.line(filter, null, null, rows, goal.get().target(),
				LocalDate.now(this.clock.withZone(this.facts.zone())));
		return new KpiValue(Kpi.PIPELINE_COVERAGE, line.coverage(), null, null, List.of(), Map.of(),
				line.coverage() == null ? List.of("kpi.note.goalMet") : List.of());
	}

	/** The source campaigns the numbers know, for filters: read from the counters. */
	public List<String> campaigns() {
		return this.queries.values(Slice.CAMPAIGN);
	}

	/** The KPIs that have a series and a per-slice breakdown. */
	public static boolean countable(Kpi kpi) {
		return switch (kpi) {
			case LEADS_CREATED, MQLS, SQLS, MQL_TO_SQL, LEAD_TO_CUSTOMER, SALES_ACCEPTANCE -> true;
			default -> false;
		};
	}

	private static List<Measure> measures(Kpi kpi) {
		return switch (kpi) {
			case LEADS_CREATED -> List.of(Measure.ENTERED);
			case MQLS -> List.of(Measure.MQL);
			case SQLS -> List.of(Measure.SQL);
			case MQL_TO_SQL -> List.of(Measure.MQL_ACCEPTED, Measure.MQL);
			case LEAD_TO_CUSTOMER -> List.of(Measure.ENTERED_WON, Measure.ENTERED);
			case SALES_ACCEPTANCE -> List.of(Measure.MQL_ACCEPTED, Measure.MQL_REJECTED);
			default -> throw new org.tandem.platform.InputRejectedException("kpi",
					kpi + " has no series; series exist for lead counts and conversion rates");
		};
	}

	private static KpiValue fromSums(Kpi kpi, long[] sums) {
		return switch (kpi) {
			case MQL_TO_SQL, LEAD_TO_CUSTOMER -> ratio(kpi, sums[0], sums[1], List.of());
			case SALES_ACCEPTANCE -> ratio(kpi, sums[0], sums[0] + sums[1], List.of());
			default -> new KpiValue(kpi, BigDecimal.valueOf(sums[0]), sums[0], null, List.of(), Map.of(), List.of());
		};
	}

	private KpiValue count(Kpi kpi, Measure measure, Question question) {
		long n = sum(measure, question);
		return new KpiValue(kpi, BigDecimal.valueOf(n), n, null, List.of(), Map.of(), List.of());
	}

	private long sum(Measure measure, Question question) {
		return this.queries.daily(measure, question).values().stream().mapToLong(Long::longValue).sum();
	}

	private static KpiValue ratio(Kpi kpi, long numerator, long denominator, List<String> notes) {
		BigDecimal value = denominator == 0 ? null
				: BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
		return new KpiValue(kpi, value, numerator, denominator, List.of(), Map.of(),
				denominator == 0 ? List.of("kpi.note.nothingToDivide") : notes);
	}

	private static KpiValue money(Kpi kpi, List<DealTotal> totals, boolean mean, boolean weighted) {
		List<Money> amounts = new ArrayList<>();
		long deals = 0;
		for (DealTotal total : totals) {
			deals += total.deals();
			BigDecimal sum = weighted ? total.weighted() : total.amount();
			BigDecimal amount = mean ? sum.divide(BigDecimal.valueOf(total.deals()), 2, RoundingMode.HALF_UP)
					: sum.setScale(2, RoundingMode.HALF_UP);
			amounts.add(new Money(amount, Money.currency(total.currency())));
		}
		return new KpiValue(kpi, null, deals, null, amounts, Map.of(),
				deals == 0 ? List.of("kpi.note.noDeals") : List.of());
	}

	/** Won deals of one rep, totalled per currency, for the leaderboard. */
	private static List<DealTotal> totals(List<DealRow> deals) {
		Map<String, DealTotal> totals = new TreeMap<>();
		for (DealRow deal : deals) {
			totals.merge(deal.currency(), new DealTotal(deal.currency(), 1, deal.amount(), BigDecimal.ZERO),
					(a, b) -> new DealTotal(a.currency(), a.deals() + b.deals(), a.amount().add(b.amount()),
							BigDecimal.ZERO));
		}
		return List.copyOf(totals.values());
	}

	private KpiValue leadToDeal(Question question) {
		SortedMap<Integer, Long> days = this.queries.spans(Span.LEAD_TO_WON, question);
		long leads = days.values().stream().mapToLong(Long::longValue).sum();
		if (leads == 0) {
			return new KpiValue(Kpi.LEAD_TO_DEAL_TIME, null, 0L, null, List.of(), Map.of(),
					List.of("kpi.note.noLeadsWon"));
		}
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		BigDecimal median = Percentiles.of(days, 50);
		parts.put("median", median);
		parts.put("p90", Percentiles.of(days, 90));
		return new KpiValue(Kpi.LEAD_TO_DEAL_TIME, median, leads, null, List.of(), parts, List.of());
	}

	private KpiValue velocity(Question question) {
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		long leads = 0;
		for (Span step : List.of(Span.MQL_TO_SQL, Span.SQL_TO_OPPORTUNITY, Span.OPPORTUNITY_TO_WON)) {
			SortedMap<Integer, Long> days = this.queries.spans(step, question);
			long moved = days.values().stream().mapToLong(Long::longValue).sum();
			leads += moved;
			if (moved > 0) {
				parts.put(step.name(), Percentiles.of(days, 50));
			}
		}
		BigDecimal total = parts.isEmpty() ? null
				: parts.values()
					.stream()
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.setScale(SCALE, RoundingMode.HALF_UP);
		return new KpiValue(Kpi.STAGE_VELOCITY, total, leads, null, List.of(), parts,
				parts.isEmpty() ? List.of("kpi.note.noMoves") : List.of());
	}

	private KpiValue slaCompliance(KpiFilter filter, Question question) {
		Map<UserId, SlaCompliance> byRep = this.sla.compliance(question.start(), question.end());
		Set<UserId> reps = reps(filter);
		SlaCompliance total = byRep.entrySet()
			.stream()
			.filter(entry -> reps == null || reps.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.reduce(SlaCompliance.NONE, SlaCompliance::plus);
		boolean otherCuts = filter.channel() != null || filter.campaign() != null || filter.segment() != null;
		return ratio(Kpi.SLA_COMPLIANCE, total.kept(), total.settled(),
				otherCuts ? List.of("kpi.note.slaCuts") : List.of());
	}

	private KpiValue campaignRoi(KpiFilter filter) {
		Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
		int counted = 0;
		for (CampaignCredit result : this.campaigns.credits(AttributionModel.W_SHAPED)) {
			LocalDate starts = result.campaign().startsOn();
			LocalDate ends = result.campaign().endsOn();
			boolean running = !starts.isAfter(filter.to()) && (ends == null || !ends.isBefore(filter.from()));
			boolean named = filter.campaign() == null || filter.campaign().equalsIgnoreCase(result.campaign().name());
			if (!running || !named) {
				continue;
			}
			counted++;
			BigDecimal[] sums = byCurrency.computeIfAbsent(result.campaign().spent().currency().getCurrencyCode(),
					currency -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sums[0] = sums[0].add(result.revenue().amount());
			sums[1] = sums[1].add(result.campaign().spent().amount());
		}
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		byCurrency.forEach((currency, sums) -> {
			if (sums[1].signum() > 0) {
				parts.put(currency, sums[0].subtract(sums[1]).divide(sums[1], SCALE, RoundingMode.HALF_UP));
			}
		});
		BigDecimal value = parts.size() == 1 ? parts.values().iterator().next() : null;
		List<String> notes = new ArrayList<>();
		if (parts.isEmpty()) {
			notes.add("kpi.note.noCosts");
		}
		else if (parts.size() > 1) {
			notes.add("kpi.note.currencies");
		}
		if (filter.rep() != null || filter.team() != null || filter.channel() != null || filter.segment() != null) {
			notes.add("kpi.note.roiCuts");
		}
		return new KpiValue(Kpi.CAMPAIGN_ROI, value, (long) counted, null, List.of(), parts, notes);
	}

	/** The question a filter asks: its period in the reporting zone and its cuts. */
	Question question(KpiFilter filter) {
		Map<Slice, List<String>> cuts = new LinkedHashMap<>();
		Set<UserId> reps = reps(filter);
		if (reps != null) {
			cuts.put(Slice.OWNER, reps.stream().map(rep -> rep.value().toString()).sorted().toList());
		}
		if (filter.channel() != null) {
			cuts.put(Slice.CHANNEL, List.of(filter.channel()));
		}
		if (filter.campaign() != null) {
			cuts.put(Slice.CAMPAIGN, List.of(filter.campaign()));
		}
		if (filter.segment() != null) {
			cuts.put(Slice.SEGMENT, List.of(filter.segment()));
		}
		return new Question(filter.from(), filter.to(), this.facts.zone(), cuts);
	}

	/** The reps a filter names (one rep, or a team's members), or null for everyone. */
	private @Nullable Set<UserId> reps(KpiFilter filter) {
		if (filter.rep() != null) {
			if (filter.team() != null && !teamOf(filter.rep()).equals(filter.team().value())) {
				return Set.of();
			}
			return Set.of(filter.rep());
		}
		if (filter.team() != null) {
			return this.directory.all()
				.stream()
				.filter(user -> filter.team().equals(user.team()))
				.map(UserSummary::id)
				.collect(Collectors.toSet());
		}
		return null;
	}

	private Object teamOf(UserId rep) {
		return this.directory.find(rep).map(UserSummary::team).map(team -> (Object) team.value()).orElse("");
	}

	/** Nearest-rank percentiles of a histogram of whole days. */
	static final class Percentiles {

		private Percentiles() {
		}

		static BigDecimal of(SortedMap<Integer, Long> days, int percentile) {
			long total = days.values().stream().mapToLong(Long::longValue).sum();
			long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
			long seen = 0;
			for (Map.Entry<Integer, Long> bucket : days.entrySet()) {
				seen += bucket.getValue();
				if (seen >= rank) {
					return BigDecimal.valueOf(bucket.getKey()).setScale(SCALE, RoundingMode.UNNECESSARY);
				}
			}
			throw new IllegalArgumentException("an empty histogram has no percentiles");
		}

	}

}
