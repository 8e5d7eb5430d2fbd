package org.tandem.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goals.domain.GoalStore;
import org.tandem.goals.domain.KpiQueries;
import org.tandem.goals.domain.KpiQueries.ForecastRow;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;

/**
 * Revenue forecasts per period, team and rep next to the quota: read from the same kept
 * copy of the deals as the won-revenue, weighted-pipeline and pipeline-coverage KPIs,
 * with quotas taken from the won-revenue goals.
 */
@Service
@Transactional(readOnly = true)
public class Forecasts {

	private final KpiQueries queries;

	private final Kpis kpis;

	private final GoalStore goals;

	private final UserDirectory directory;

	private final KpiFacts facts;

	private final Clock clock;

	Forecasts(KpiQueries queries, Kpis kpis, KpiFacts facts, GoalStore goals, UserDirectory directory, Clock clock) {
		this.facts = facts;
		this.queries = queries;
		this.kpis = kpis;
		this.goals = goals;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The forecast of a period in one currency (by default the one most of its deals are
	 * in); quotas are the won-revenue goals of exactly the period and the filter's other
	 * cuts (channel, campaign, segment). A viewer who may not compare people sees their
	 * own line, the teams' and everyone's.
	 */
	public Forecast forecast(KpiFilter filter, @Nullable Currency asked, CurrentUser viewer) {
		List<ForecastRow> rows = this.queries.forecast(this.kpis.question(filter));
		Currency currency = asked != null ? asked : usual(rows);
		Map<String, Long> others = new TreeMap<>();
		rows.stream()
			.filter(row -> !row.currency().equals(currency.getCurrencyCode()))
			.forEach(row -> others.merge(row.currency(), row.wonDeals() + row.openDeals(), Long::sum));
		List<ForecastRow> counted = rows.stream()
			.filter(row -> row.currency().equals(currency.getCurrencyCode()))
			.toList();
		List<GoalStore.Row> quotas = this.goals.all()
			.stream()
			.filter(goal -> goal.isQuotaFor(filter) && currency.equals(goal.currency()))
			.toList();
		Map<UserId, UserSummary> people = new LinkedHashMap<>();
		this.directory.all().forEach(person -> people.put(person.id(), person));
		Map<@Nullable UUID, List<ForecastRow>> byRep = new LinkedHashMap<>();
		counted.forEach(row -> byRep.computeIfAbsent(row.owner(), key -> new ArrayList<>()).add(row));
		quotas.stream()
			.filter(goal -> goal.rep() != null && goal.team() == null)
			.forEach(goal -> byRep.computeIfAbsent(Objects.requireNonNull(goal.rep()).value(),
					key -> new ArrayList<>()));
		List<ForecastLine> reps = new ArrayList<>();
		byRep.forEach((owner, owned) -> {
			UserSummary person = owner == null ? null : people.get(new UserId(owner));
			String team = person == null ? null : person.teamName();
			reps.add(line(filter, owner == null ? null : new UserId(owner), team, owned,
					quota(quotas, goal -> owner != null && goal.team() == null && goal.rep() != null
							&& goal.rep().value().equals(owner))));
		});
		reps.sort(Comparator.comparing((ForecastLine line) -> line.rep() == null)
			.thenComparing(line -> line.team() == null ? "" : line.team())
			.thenComparing(ForecastLine::won, Comparator.reverseOrder()));
		List<ForecastLine> teams = new ArrayList<>();
		for (var team : this.directory.teams()) {
			List<ForecastRow> owned = counted.stream()
				.filter(row -> row.owner() != null && team.id()
					.equals(Optional.ofNullable(people.get(new UserId(row.owner())))
						.map(UserSummary::team)
						.orElse(null)))
				.toList();
			BigDecimal quota = quota(quotas, goal -> team.id().equals(goal.team()) && goal.rep() == null);
			if (!owned.isEmpty() || quota != null) {
				teams.add(line(filter, null, team.name(), owned, quota));
			}
		}
		ForecastLine total = line(filter, null, null, counted,
				quota(quotas, goal -> goal.team() == null && goal.rep() == null));
		if (!KpiAccess.seesOthers(viewer)) {
			reps.removeIf(line -> !viewer.id().equals(line.rep()));
		}
		return new Forecast(filter.from(), filter.to(), currency, reps, teams, total, others);
	}

	private ForecastLine line(KpiFilter filter, @Nullable UserId rep, @Nullable String team, List<ForecastRow> rows,
			@Nullable BigDecimal quota) {
		return line(filter, rep, team, rows, quota, LocalDate.now(this.clock.withZone(this.facts.zone())));
	}

	/** A line of these deals, with the run rate as of {@code today}. */
	static ForecastLine line(KpiFilter filter, @Nullable UserId rep, @Nullable String team, List<ForecastRow> rows,
			@Nullable BigDecimal quota, LocalDate today) {
		long wonDeals = rows.stream().mapToLong(ForecastRow::wonDeals).sum();
		long openDeals = rows.stream().mapToLong(ForecastRow::openDeals).sum();
		BigDecimal won = sum(rows, ForecastRow::won);
		BigDecimal pipeline = sum(rows, ForecastRow::open);
		BigDecimal weighted = sum(rows, ForecastRow::weighted).setScale(2, RoundingMode.HALF_UP);
		BigDecimal runRate = null;
		if (!today.isBefore(filter.from())) {
			long days = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
			long elapsed = Math.min(days, ChronoUnit.DAYS.between(filter.from(), today) + 1);
			runRate = won.multiply(BigDecimal.valueOf(days))
				.divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
		}
		BigDecimal attainment = null;
		BigDecimal coverage = null;
		if (quota != null && quota.signum() > 0) {
			attainment = won.divide(quota, Kpis.SCALE, RoundingMode.HALF_UP);
			BigDecimal left = quota.subtract(won);
			coverage = left.signum() > 0 ? pipeline.divide(left, Kpis.SCALE, RoundingMode.HALF_UP) : null;
		}
		return new ForecastLine(rep, team, wonDeals, won, openDeals, pipeline, weighted, runRate, won.add(weighted),
				quota, attainment, coverage);
	}

	private static @Nullable BigDecimal quota(List<GoalStore.Row> quotas, Predicate<GoalStore.Row> whose) {
		return quotas.stream().filter(whose).map(GoalStore.Row::target).findFirst().orElse(null);
	}

	private static BigDecimal sum(List<ForecastRow> rows, java.util.function.Function<ForecastRow, BigDecimal> part) {
		return rows.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The currency most of the period's deals are in; euros when there are none. */
	private static Currency usual(List<ForecastRow> rows) {
		Map<String, Long> deals = new TreeMap<>();
		rows.forEach(row -> deals.merge(row.currency(), row.wonDeals() + row.openDeals(), Long::sum));
		return deals.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(entry -> Currency.getInstance(entry.getKey()))
			.orElse(Currency.getInstance("EUR"));
	}

}
