package org.tandem.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.analytics.Dashboard;
import org.tandem.campaigns.AttributionModel;
import org.tandem.campaigns.CampaignReports;
import org.tandem.campaigns.ChannelCredit;
import org.tandem.goals.Forecast;
import org.tandem.goals.ForecastLine;
import org.tandem.goals.Forecasts;
import org.tandem.goals.FunnelCounts;
import org.tandem.goals.Grain;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiAccess;
import org.tandem.goals.KpiFilter;
import org.tandem.goals.KpiPoint;
import org.tandem.goals.KpiValue;
import org.tandem.goals.Kpis;
import org.tandem.goals.RepRow;
import org.tandem.goals.Slice;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.platform.Money;

/**
 * Builds each dashboard's sections (chart and table) from the KPI definitions and the
 * campaigns' attribution. The page and the CSV export read the same sections.
 */
@Component
class DashboardBuilder {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The KPIs compared with the period before on the funnel dashboard. */
	static final List<Kpi> CHANGES = List.of(Kpi.LEADS_CREATED, Kpi.MQLS, Kpi.SQLS, Kpi.MQL_TO_SQL,
			Kpi.SALES_ACCEPTANCE, Kpi.DEALS_WON, Kpi.WON_REVENUE, Kpi.LEAD_TO_DEAL_TIME);

	private final Kpis kpis;

	private final Forecasts forecasts;

	private final CampaignReports campaigns;

	private final UserDirectory directory;

	private final MessageSource messages;

	DashboardBuilder(Kpis kpis, Forecasts forecasts, CampaignReports campaigns, UserDirectory directory,
			MessageSource messages) {
		this.kpis = kpis;
		this.forecasts = forecasts;
		this.campaigns = campaigns;
		this.directory = directory;
		this.messages = messages;
	}

	List<Section> sections(Dashboard dashboard, KpiFilter filter, AttributionModel model, CurrentUser viewer,
			Locale locale) {
		Text text = new Text(locale);
		return switch (dashboard) {
			case FUNNEL -> List.of(funnel(filter, text), trend(filter, text), changes(filter, CHANGES, "change", text),
					channels(filter, text), attribution(model, text));
			case COHORTS -> List.of(cohorts(filter, text), velocity(filter, text));
			case LEADERBOARD -> List.of(leaderboard(filter, viewer, text));
			case FORECAST -> forecast(filter, viewer, text);
			case LEADERSHIP -> List.of(department(filter, Kpi.Department.MARKETING, text),
					department(filter, Kpi.Department.SALES, text), department(filter, Kpi.Department.SHARED, text),
					trend(filter, text));
		};
	}

	/** The leads that entered in the period, and how far they have come. */
	private Section funnel(KpiFilter filter, Text text) {
		FunnelCounts counts = this.kpis.funnel(filter);
		Map<String, Long> stages = new LinkedHashMap<>();
		stages.put("LEAD", counts.entered());
		stages.put("MQL", counts.mql());
		stages.put("SQL", counts.sql());
		stages.put("OPPORTUNITY", counts.opportunity());
		stages.put("WON", counts.won());
		List<List<Cell>> rows = new ArrayList<>();
		List<Map<String, Object>> data = new ArrayList<>();
		long before = -1;
		for (Map.Entry<String, Long> stage : stages.entrySet()) {
			String name = text.get("stage." + stage.getKey());
			rows.add(List.of(text.cells.text(name), text.cells.count(stage.getValue()),
					before < 0 ? Cells.NONE : text.cells.share(stage.getValue(), before),
					text.cells.share(stage.getValue(), counts.entered()),
					before < 0 ? Cells.NONE : text.cells.count(before - stage.getValue())));
			data.add(Map.of("name", name, "value", stage.getValue()));
			before = stage.getValue();
		}
		String chart = json(Map.of("tooltip", Map.of("trigger", "item"), "series",
				List.of(Map.of("type", "funnel", "sort", "none", "left", "10%", "width", "80%", "label",
						Map.of("show", true, "position", "inside"), "data", data))));
		return new Section("funnel", text.get("analytics.funnel"), chart,
				List.of(text.get("analytics.stage"), text.get("analytics.leads"), text.get("analytics.fromBefore"),
						text.get("analytics.fromEntry"), text.get("analytics.dropped")),
				rows, text.get("analytics.funnelNote"));
	}

	/** Leads, MQLs and SQLs week by week (month by month over half a year). */
	private Section trend(KpiFilter filter, Text text) {
		Grain grain = ChronoUnit.DAYS.between(filter.from(), filter.to()) > 183 ? Grain.MONTH : Grain.WEEK;
		List<Kpi> shown = List.of(Kpi.LEADS_CREATED, Kpi.MQLS, Kpi.SQLS, Kpi.MQL_TO_SQL);
		Map<Kpi, List<KpiPoint>> series = new LinkedHashMap<>();
		shown.forEach(kpi -> series.put(kpi, this.kpis.series(kpi, filter, grain)));
		List<KpiPoint> first = series.get(Kpi.LEADS_CREATED);
		List<List<Cell>> rows = new ArrayList<>();
		List<String> starts = new ArrayList<>();
		for (int i = 0; i < first.size(); i++) {
			List<Cell> row = new ArrayList<>();
			row.add(text.cells.date(first.get(i).start()));
			starts.add(text.cells.date(first.get(i).start()).shown());
			for (Kpi kpi : shown) {
				KpiValue value = series.get(kpi).get(i).value();
				row.add(kpi.unit() == Kpi.Unit.RATIO ? text.cells.percent(value.value())
						: text.cells.count(value.numerator() == null ? 0 : value.numerator()));
			}
			rows.add(row);
		}
		List<Map<String, Object>> lines = new ArrayList<>();
		for (Kpi kpi : shown.subList(0, 3)) {
			lines.add(Map.of("name", text.get("kpi." + kpi), "type", kpi == Kpi.LEADS_CREATED ? "bar" : "line", "data",
					series.get(kpi).stream().map(point -> point.value().numerator()).toList()));
		}
		List<String> header = new ArrayList<>();
		header.add(text.get(grain == Grain.WEEK ? "kpis.weekOf" : "analytics.month"));
		shown.forEach(kpi -> header.add(text.get("kpi." + kpi)));
		return new Section("trend", text.get("analytics.trend"), json(axisChart(starts, lines)), header, rows, null);
	}

	/** Each KPI over the period against the period of the same length just before. */
	private Section changes(KpiFilter filter, List<Kpi> shown, String id, Text text) {
		long days = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
		KpiFilter before = filter.withPeriod(filter.from().minusDays(days), filter.from().minusDays(1));
		Map<Kpi, KpiValue> current = this.kpis.values(shown, filter);
		Map<Kpi, KpiValue> previous = this.kpis.values(shown, before);
		List<List<Cell>> rows = new ArrayList<>();
		for (Kpi kpi : shown) {
			KpiValue now = current.get(kpi);
			KpiValue then = previous.get(kpi);
			rows.add(List.of(text.cells.text(text.get("kpi." + kpi)), value(now, text), value(then, text),
					change(now, then, text)));
		}
		return new Section(id, text.get("analytics." + id), null,
				List.of(text.get("kpis.kpi"), text.get("analytics.thisPeriod"), text.get("analytics.periodBefore"),
						text.get("analytics.changeColumn")),
				rows, text.get("analytics.periodBeforeNote", text.cells.date(before.from()).shown(),
						text.cells.date(before.to()).shown()));
	}

	private Section department(KpiFilter filter, Kpi.Department department, Text text) {
		List<Kpi> kpis = java.util.Arrays.stream(Kpi.values()).filter(kpi -> kpi.department() == department).toList();
		Section section = changes(filter, kpis, "department", text);
		return new Section("department-" + department.name().toLowerCase(Locale.ROOT),
				text.get("kpi.department." + department), null, section.header(), section.rows(), section.note());
	}

	/** Leads, MQLs, SQLs and the MQL to SQL rate per source channel. */
	private Section channels(KpiFilter filter, Text text) {
		Map<String, KpiValue> leads = this.kpis.bySlice(Kpi.LEADS_CREATED, filter, Slice.CHANNEL);
		Map<String, KpiValue> mqls = this.kpis.bySlice(Kpi.MQLS, filter, Slice.CHANNEL);
		Map<String, KpiValue> sqls = this.kpis.bySlice(Kpi.SQLS, filter, Slice.CHANNEL);
		Map<String, KpiValue> rate = this.kpis.bySlice(Kpi.MQL_TO_SQL, filter, Slice.CHANNEL);
		java.util.Set<String> channels = new java.util.TreeSet<>(leads.keySet());
		channels.addAll(mqls.keySet());
		List<List<Cell>> rows = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (String channel : channels) {
			String name = channel.isEmpty() ? text.get("analytics.none") : text.get("channel." + channel);
			names.add(name);
			rows.add(List.of(text.cells.text(name), text.cells.count(numerator(leads.get(channel))),
					text.cells.count(numerator(mqls.get(channel))), text.cells.count(numerator(sqls.get(channel))),
					rate.containsKey(channel) ? text.cells.percent(rate.get(channel).value()) : Cells.NONE));
		}
		List<Map<String, Object>> bars = new ArrayList<>();
		for (Map.Entry<Kpi, Map<String, KpiValue>> kpi : Map.of(Kpi.MQLS, mqls, Kpi.SQLS, sqls).entrySet()) {
			bars.add(Map.of("name", text.get("kpi." + kpi.getKey()), "type", "bar", "data",
					channels.stream().map(channel -> numerator(kpi.getValue().get(channel))).toList()));
		}
		bars.sort(java.util.Comparator.comparing(bar -> bar.get("name").toString()));
		return new Section("channels", text.get("analytics.channels"), json(axisChart(names, bars)),
				List.of(text.get("kpis.channel"), text.get("kpi.LEADS_CREATED"), text.get("kpi.MQLS"),
						text.get("kpi.SQLS"), text.get("kpi.MQL_TO_SQL")),
				rows, null);
	}

	/** Won revenue and cost per campaign channel under the chosen attribution model. */
	private Section attribution(AttributionModel model, Text text) {
		List<ChannelCredit> credits = this.campaigns.creditsByChannel(model);
		List<List<Cell>> rows = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<Object> revenue = new ArrayList<>();
		List<Object> spent = new ArrayList<>();
		for (ChannelCredit credit : credits) {
			String name = text.get("campaignChannel." + credit.channel()) + " · "
					+ credit.revenue().currency().getCurrencyCode();
			names.add(name);
			revenue.add(credit.revenue().amount());
			spent.add(credit.spent().amount());
			rows.add(List.of(text.cells.text(name), text.cells.count(credit.campaigns()),
					text.cells.decimal(credit.wonDeals()), text.cells.money(List.of(credit.revenue())),
					text.cells.money(List.of(credit.spent())), text.cells.percent(credit.roi())));
		}
		String chart = json(
				axisChart(names, List.of(Map.of("name", text.get("campaigns.revenue"), "type", "bar", "data", revenue),
						Map.of("name", text.get("campaigns.spent"), "type", "bar", "data", spent))));
		return new Section("attribution", text.get("analytics.attribution", text.get("attribution." + model)), chart,
				List.of(text.get("campaigns.channel"), text.get("campaigns.count"), text.get("campaigns.wonDeals"),
						text.get("campaigns.revenue"), text.get("campaigns.spent"), text.get("campaigns.roi")),
				rows, text.get("analytics.attributionNote"));
	}

	/**
	 * Leads by month of entry, and the share of each month's leads at each stage since.
	 */
	private Section cohorts(KpiFilter filter, Text text) {
		Map<LocalDate, FunnelCounts> cohorts = this.kpis.cohorts(filter, Grain.MONTH);
		List<List<Cell>> rows = new ArrayList<>();
		List<String> months = new ArrayList<>();
		Map<String, List<Object>> shares = new LinkedHashMap<>();
		for (String stage : List.of("MQL", "SQL", "OPPORTUNITY", "WON")) {
			shares.put(stage, new ArrayList<>());
		}
		cohorts.forEach((month, counts) -> {
			String name = text.month(month);
			months.add(name);
			rows.add(List.of(text.cells.text(name), text.cells.count(counts.entered()),
					text.cells.share(counts.mql(), counts.entered()), text.cells.share(counts.sql(), counts.entered()),
					text.cells.share(counts.opportunity(), counts.entered()),
					text.cells.share(counts.won(), counts.entered())));
			shares.get("MQL").add(percent(counts.mql(), counts.entered()));
			shares.get("SQL").add(percent(counts.sql(), counts.entered()));
			shares.get("OPPORTUNITY").add(percent(counts.opportunity(), counts.entered()));
			shares.get("WON").add(percent(counts.won(), counts.entered()));
		});
		List<Map<String, Object>> lines = new ArrayList<>();
		shares.forEach(
				(stage, data) -> lines.add(Map.of("name", text.get("stage." + stage), "type", "line", "data", data)));
		return new Section("cohorts", text.get("analytics.cohorts"), json(axisChart(months, lines)),
				List.of(text.get("analytics.month"), text.get("analytics.leads"), text.get("stage.MQL"),
						text.get("stage.SQL"), text.get("stage.OPPORTUNITY"), text.get("stage.WON")),
				rows, text.get("analytics.cohortsNote"));
	}

	/** Median days from stage to stage, month by month. */
	private Section velocity(KpiFilter filter, Text text) {
		List<String> steps = List.of("MQL_TO_SQL", "SQL_TO_OPPORTUNITY", "OPPORTUNITY_TO_WON");
		List<List<Cell>> rows = new ArrayList<>();
		List<String> months = new ArrayList<>();
		Map<String, List<Object>> lines = new LinkedHashMap<>();
		steps.forEach(step -> lines.put(step, new ArrayList<>()));
		for (LocalDate month = filter.from().withDayOfMonth(1); !month.isAfter(filter.to()); month = month
			.plusMonths(1)) {
			LocalDate from = month.isBefore(filter.from()) ? filter.from() : month;
			LocalDate to = month.plusMonths(1).minusDays(1).isAfter(filter.to()) ? filter.to()
					: month.plusMonths(1).minusDays(1);
			KpiValue value = this.kpis.value(Kpi.STAGE_VELOCITY, filter.withPeriod(from, to));
			String name = text.month(month);
			months.add(name);
			List<Cell> row = new ArrayList<>(List.of(text.cells.text(name)));
			for (String step : steps) {
				BigDecimal days = value.parts().get(step);
				row.add(text.cells.decimal(days));
				lines.get(step).add(days == null ? null : days.setScale(1, RoundingMode.HALF_UP));
			}
			rows.add(row);
		}
		List<Map<String, Object>> series = new ArrayList<>();
		lines.forEach((step, data) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("name", text.get("kpi.part." + step));
			line.put("type", "line");
			line.put("connectNulls", true);
			line.put("data", data);
			series.add(line);
		});
		List<String> header = new ArrayList<>(List.of(text.get("analytics.month")));
		steps.forEach(step -> header.add(text.get("kpi.part." + step)));
		return new Section("velocity", text.get("analytics.velocity"), json(axisChart(months, series)), header, rows,
				text.get("kpi.STAGE_VELOCITY.help"));
	}

	/**
	 * Every rep's line. A sales rep sees the names and order of the others, and only
	 * their own numbers.
	 */
	private Section leaderboard(KpiFilter filter, CurrentUser viewer, Text text) {
		boolean seesAll = !viewer.hasRole(Role.SALES);
		List<RepRow> board = this.kpis.leaderboard(filter);
		Map<UserId, String> names = this.directory.displayNames(board.stream().map(RepRow::rep).toList());
		List<List<Cell>> rows = new ArrayList<>();
		List<String> people = new ArrayList<>();
		List<Object> handed = new ArrayList<>();
		List<Object> won = new ArrayList<>();
		int rank = 0;
		for (RepRow row : board) {
			rank++;
			String name = names.getOrDefault(row.rep(), "?");
			boolean shown = seesAll || row.rep().equals(viewer.id());
			if (shown) {
				people.add(name);
				handed.add(row.handedOff());
				won.add(row.dealsWon());
			}
			List<Cell> cells = new ArrayList<>(List.of(text.cells.count(rank), text.cells.text(name)));
			if (shown) {
				cells.addAll(List.of(text.cells.count(row.handedOff()), text.cells.count(row.accepted()),
						text.cells.count(row.rejected()),
						text.cells.share(row.accepted(), row.accepted() + row.rejected()),
						text.cells.share(row.deadlinesKept(), row.deadlinesKept() + row.deadlinesBroken()),
						text.cells.count(row.dealsWon()), text.cells.money(row.revenue())));
			}
			else {
				for (int i = 0; i < 7; i++) {
					cells.add(Cells.NONE);
				}
			}
			rows.add(cells);
		}
		String chart = json(axisChart(people,
				List.of(Map.of("name", text.get("analytics.handedOff"), "type", "bar", "data", handed),
						Map.of("name", text.get("kpi.DEALS_WON"), "type", "bar", "data", won))));
		return new Section("leaderboard", text.get("analytics.leaderboard"), chart,
				List.of("#", text.get("kpis.rep"), text.get("analytics.handedOff"), text.get("analytics.accepted"),
						text.get("analytics.rejected"), text.get("kpi.SALES_ACCEPTANCE"),
						text.get("kpi.SLA_COMPLIANCE"), text.get("kpi.DEALS_WON"), text.get("kpi.WON_REVENUE")),
				rows, seesAll ? null : text.get("analytics.ownRowOnly"));
	}

	/**
	 * Where the period's revenue is heading, per rep and per team, next to the quotas
	 * (the won-revenue goals for exactly that person or team and period).
	 */
	private List<Section> forecast(KpiFilter filter, CurrentUser viewer, Text text) {
		Forecast forecast = this.forecasts.forecast(filter, null, viewer);
		Currency currency = forecast.currency();
		Map<UserId, String> names = this.directory
			.displayNames(forecast.reps().stream().map(ForecastLine::rep).filter(Objects::nonNull).toList());
		List<List<Cell>> reps = new ArrayList<>();
		List<String> people = new ArrayList<>();
		Map<String, List<Object>> bars = new LinkedHashMap<>();
		List.of("won", "forecast", "runRate", "quota").forEach(key -> bars.put(key, new ArrayList<>()));
		for (ForecastLine line : forecast.reps()) {
			String name = line.rep() == null ? text.get("forecast.unassigned") : names.getOrDefault(line.rep(), "?");
			people.add(name);
			bars.get("won").add(line.won());
			bars.get("forecast").add(line.forecast());
			bars.get("runRate").add(line.runRate() == null ? "-" : line.runRate());
			bars.get("quota").add(line.quota() == null ? "-" : line.quota());
			List<Cell> row = new ArrayList<>(
					List.of(text.cells.text(name), text.cells.text(line.team() == null ? "" : line.team())));
			row.addAll(forecastCells(line, currency, text));
			reps.add(row);
		}
		List<Map<String, Object>> series = new ArrayList<>();
		bars.forEach((key, data) -> series.add(Map.of("name", text.get("forecast." + key), "type",
				"quota".equals(key) ? "line" : "bar", "data", data)));
		List<String> numbers = List.of(text.get("forecast.quota"), text.get("forecast.won"),
				text.get("forecast.attainment"), text.get("forecast.pipeline"), text.get("forecast.weighted"),
				text.get("forecast.runRate"), text.get("forecast.forecast"), text.get("kpi.PIPELINE_COVERAGE"));
		List<String> repHeader = new ArrayList<>(List.of(text.get("kpis.rep"), text.get("kpis.team")));
		repHeader.addAll(numbers);
		List<String> notes = new ArrayList<>(List.of(text.get("forecast.note", currency.getCurrencyCode())));
		if (!forecast.otherCurrencies().isEmpty()) {
			notes.add(text.get("forecast.otherCurrencies", forecast.otherCurrencies().toString()));
		}
		if (!KpiAccess.seesOthers(viewer)) {
			notes.add(text.get("analytics.ownRowOnly"));
		}
		List<List<Cell>> teams = new ArrayList<>();
		for (ForecastLine line : forecast.teams()) {
			List<Cell> row = new ArrayList<>(List.of(text.cells.text(line.team() == null ? "" : line.team())));
			row.addAll(forecastCells(line, currency, text));
			teams.add(row);
		}
		List<Cell> total = new ArrayList<>(List.of(text.cells.text(text.get("forecast.everyone"))));
		total.addAll(forecastCells(forecast.total(), currency, text));
		teams.add(total);
		List<String> teamHeader = new ArrayList<>(List.of(text.get("kpis.team")));
		teamHeader.addAll(numbers);
		return List.of(
				new Section("forecast", text.get("forecast.reps"), json(axisChart(people, series)), repHeader, reps,
						String.join(" ", notes)),
				new Section("forecastTeams", text.get("forecast.teams"), null, teamHeader, teams, null));
	}

	private static List<Cell> forecastCells(ForecastLine line, Currency currency, Text text) {
		return List.of(line.quota() == null ? Cells.NONE : money(line.quota(), currency, text),
				money(line.won(), currency, text), text.cells.percent(line.attainment()),
				money(line.pipeline(), currency, text), money(line.weighted(), currency, text),
				line.runRate() == null ? Cells.NONE : money(line.runRate(), currency, text),
				money(line.forecast(), currency, text), text.cells.percent(line.coverage()));
	}

	private static Cell money(BigDecimal amount, Currency currency, Text text) {
		return text.cells.money(List.of(new Money(amount, currency)));
	}

	/**
	 * The home page's shared numbers: the last twelve months' cohort conversion from
	 * stage to stage, and leads, MQLs, SQLs and deals won month by month.
	 */
	Section home(LocalDate today, Locale locale) {
		Text text = new Text(locale);
		KpiFilter year = KpiFilter.period(today.withDayOfMonth(1).minusMonths(11), today);
		List<Kpi> shown = List.of(Kpi.LEADS_CREATED, Kpi.MQLS, Kpi.SQLS);
		Map<Kpi, List<KpiPoint>> series = new LinkedHashMap<>();
		shown.forEach(kpi -> series.put(kpi, this.kpis.series(kpi, year, Grain.MONTH)));
		List<List<Cell>> rows = new ArrayList<>();
		List<String> months = new ArrayList<>();
		List<Object> won = new ArrayList<>();
		List<KpiPoint> first = series.get(Kpi.LEADS_CREATED);
		for (int i = 0; i < first.size(); i++) {
			LocalDate month = first.get(i).start();
			LocalDate last = month.plusMonths(1).minusDays(1).isAfter(today) ? today : month.plusMonths(1).minusDays(1);
			long deals = numerator(this.kpis.value(Kpi.DEALS_WON, year.withPeriod(month, last)));
			months.add(text.month(month));
			won.add(deals);
			List<Cell> row = new ArrayList<>(List.of(text.cells.text(text.month(month))));
			for (Kpi kpi : shown) {
				row.add(text.cells.count(numerator(series.get(kpi).get(i).value())));
			}
			row.add(text.cells.count(deals));
			rows.add(row);
		}
		List<Map<String, Object>> lines = new ArrayList<>();
		for (Kpi kpi : shown) {
			lines.add(Map.of("name", text.get("kpi." + kpi), "type", kpi == Kpi.LEADS_CREATED ? "bar" : "line", "data",
					series.get(kpi).stream().map(point -> numerator(point.value())).toList()));
		}
		lines.add(Map.of("name", text.get("kpi.DEALS_WON"), "type", "line", "data", won));
		FunnelCounts cohort = this.kpis.funnel(year);
		String note = String.join(" · ",
				text.get("home.conversion.LEAD_MQL") + " " + text.cells.share(cohort.mql(), cohort.entered()).shown(),
				text.get("home.conversion.MQL_SQL") + " " + text.cells.share(cohort.sql(), cohort.mql()).shown(),
				text.get("home.conversion.SQL_WON") + " " + text.cells.share(cohort.won(), cohort.sql()).shown());
		return new Section("home", text.get("home.monthly"), json(axisChart(months, lines)),
				List.of(text.get("home.month"), text.get("kpi.LEADS_CREATED"), text.get("kpi.MQLS"),
						text.get("kpi.SQLS"), text.get("kpi.DEALS_WON")),
				rows, note);
	}

	private static Map<String, Object> axisChart(List<String> categories, List<? extends Map<String, ?>> series) {
		return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of(), "grid",
				Map.of("left", 10, "right", 20, "bottom", 40, "containLabel", true), "xAxis",
				Map.of("type", "category", "data", categories), "yAxis", Map.of("type", "value"), "series", series);
	}

	private static long numerator(@Nullable KpiValue value) {
		return value == null || value.numerator() == null ? 0 : value.numerator();
	}

	private static @Nullable BigDecimal percent(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
	}

	private static Cell value(KpiValue value, Text text) {
		return switch (value.kpi().unit()) {
			case COUNT -> text.cells.count(numerator(value));
			case RATIO -> text.cells.percent(value.value());
			case DAYS -> text.cells.decimal(value.value());
			case MONEY -> text.cells.money(value.amounts());
		};
	}

	/**
	 * The relative change from the period before; for money, only in one same currency.
	 */
	private static Cell change(KpiValue now, KpiValue then, Text text) {
		BigDecimal current = now.value();
		BigDecimal previous = then.value();
		if (now.kpi().unit() == Kpi.Unit.COUNT) {
			current = BigDecimal.valueOf(numerator(now));
			previous = BigDecimal.valueOf(numerator(then));
		}
		if (now.kpi().unit() == Kpi.Unit.MONEY) {
			if (now.amounts().size() != 1 || then.amounts().size() != 1
					|| !now.amounts().get(0).currency().equals(then.amounts().get(0).currency())) {
				return Cells.NONE;
			}
			current = now.amounts().get(0).amount();
			previous = then.amounts().get(0).amount();
		}
		if (current == null || previous == null || previous.signum() == 0) {
			return Cells.NONE;
		}
		return text.cells.percent(current.subtract(previous).divide(previous, 4, RoundingMode.HALF_UP));
	}

	private static String json(Object option) {
		return JSON.writeValueAsString(option);
	}

	/** Messages and cells in one locale. */
	private final class Text {

		final Locale locale;

		final Cells cells;

		Text(Locale locale) {
			this.locale = locale;
			this.cells = new Cells(locale);
		}

		String get(String key, Object... args) {
			return DashboardBuilder.this.messages.getMessage(key, args, key, this.locale);
		}

		String month(LocalDate month) {
			return java.time.format.DateTimeFormatter.ofPattern("LLL yyyy", this.locale).format(month);
		}

	}

}
