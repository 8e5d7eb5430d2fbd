package org.tandem.goals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Answer;
import org.tandem.IntegrationTest;
import org.tandem.MutableClock;
import org.tandem.WebSession;
import org.tandem.goals.domain.KpiQueries;
import org.tandem.goals.domain.Measure;
import org.tandem.identity.UserId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPI catalogue against a small funnel written out by hand, on a clock the test
 * moves: every figure below was worked out on paper from the moves in {@link #walk}.
 */
@IntegrationTest
@Import(KpiIntegrationTests.Clocks.class)
class KpiIntegrationTests {

	/** Monday, 4 March 2024, 09:00 UTC: far from any other test's leads. */
	static final Instant START = Instant.parse("2024-03-04T09:00:00Z");

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(START);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	KpiFacts facts;

	@Autowired
	KpiQueries queries;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = ApiClient.asAdmin(this.port);
	}

	/**
	 * Five leads of one campaign in March 2024. Ann: in on the 4th, MQL 5th, SQL 7th,
	 * opportunity 11th, won the 21st with a 1,000 RUB deal. Ben: in the 4th, MQL 6th,
	 * sent back 8th. Cat: in the 5th, MQL 6th, still waiting. Dan: in the 5th, still a
	 * lead. Eve: in the 12th, disqualified the 13th. All at 09:00 UTC.
	 */
	String walk() {
		String campaign = "kpi-fixture-" + UUID.randomUUID().toString().substring(0, 8);
		this.clock.set(START);
		String ann = lead("ann", campaign);
		String ben = lead("ben", campaign);
		day(1);
		String cat = lead("cat", campaign);
		lead("dan", campaign);
		move(ann, "MQL", null);
		day(1);
		move(ben, "MQL", null);
		move(cat, "MQL", null);
		day(1);
		move(ann, "SQL", null);
		day(1);
		move(ben, "RECYCLED", "NO_BUDGET");
		day(3);
		move(ann, "OPPORTUNITY", null);
		day(1);
		String eve = lead("eve", campaign);
		day(1);
		move(eve, "DISQUALIFIED", "SPAM");
		day(8);
		move(ann, "WON", null);
		Map<String, Object> deal = new HashMap<>();
		deal.put("name", "Licence for Ann");
		deal.put("pipeline", "00000000-0000-0000-0000-00000000a001");
		deal.put("amount", "1000.00");
		deal.put("currency", "RUB");
		deal.put("contacts", List.of(ann));
		Answer opened = this.api.post("/api/v1/deals", ApiClient.json(deal));
		assertThat(opened.status()).isEqualTo(201);
		deal.put("stage", "00000000-0000-0000-0000-00000000b004");
		deal.put("version", opened.json().path("version").asLong());
		assertThat(this.api.put("/api/v1/deals/" + opened.json().path("id").asString(), ApiClient.json(deal)).status())
			.isEqualTo(200);
		this.facts.catchUp();
		return campaign;
	}

	@Test
	void everyKpiOfTheFixtureIsWhatWasWorkedOutByHand() {
		String campaign = walk();
		await(() -> kpi("DEALS_WON", campaign, "2024-03-01", "2024-03-31").path("numerator").asLong() == 1);
		Map<String, JsonNode> march = all(campaign, "2024-03-01", "2024-03-31");
		assertThat(march.get("LEADS_CREATED").path("numerator").asLong()).isEqualTo(5);
		assertThat(march.get("MQLS").path("numerator").asLong()).isEqualTo(3);
		assertThat(march.get("SQLS").path("numerator").asLong()).isEqualTo(1);
		assertRatio(march.get("MQL_TO_SQL"), 1, 3, "0.3333");
		assertRatio(march.get("SALES_ACCEPTANCE"), 1, 2, "0.5000");
		assertRatio(march.get("LEAD_TO_CUSTOMER"), 1, 5, "0.2000");
		assertThat(march.get("DEALS_WON").path("numerator").asLong()).isEqualTo(1);
		assertThat(march.get("WON_REVENUE").path("amounts").get(0).path("amount").decimalValue())
			.isEqualByComparingTo("1000.00");
		assertThat(march.get("WON_REVENUE").path("amounts").get(0).path("currency").asString()).isEqualTo("RUB");
		assertThat(march.get("AVERAGE_DEAL_SIZE").path("amounts").get(0).path("amount").decimalValue())
			.isEqualByComparingTo("1000.00");
		JsonNode leadToDeal = march.get("LEAD_TO_DEAL_TIME");
		assertThat(leadToDeal.path("parts").path("median").decimalValue()).isEqualByComparingTo("17");
		assertThat(leadToDeal.path("parts").path("p90").decimalValue()).isEqualByComparingTo("17");
		JsonNode velocity = march.get("STAGE_VELOCITY");
		assertThat(velocity.path("parts").path("MQL_TO_SQL").decimalValue()).isEqualByComparingTo("2");
		assertThat(velocity.path("parts").path("SQL_TO_OPPORTUNITY").decimalValue()).isEqualByComparingTo("4");
		assertThat(velocity.path("parts").path("OPPORTUNITY_TO_WON").decimalValue()).isEqualByComparingTo("10");
		assertThat(velocity.path("value").decimalValue()).isEqualByComparingTo("16");

		// a cohort follows its leads past the period's end: Ann's SQL on the 7th counts
		// for the MQLs of the first five days
		Map<String, JsonNode> firstDays = all(campaign, "2024-03-01", "2024-03-05");
		assertThat(firstDays.get("LEADS_CREATED").path("numerator").asLong()).isEqualTo(4);
		assertRatio(firstDays.get("MQL_TO_SQL"), 1, 1, "1.0000");
		assertThat(firstDays.get("SQLS").path("numerator").asLong()).isZero();

		JsonNode weeks = this.api
			.get("/api/v1/kpis/LEADS_CREATED/series?grain=WEEK&from=2024-03-01&to=2024-03-17&campaign=" + campaign)
			.json();
		assertThat(weeks.size()).isEqualTo(3);
		assertThat(weeks.get(0).path("start").asString()).isEqualTo("2024-02-26");
		assertThat(weeks.get(0).path("value").path("numerator").asLong()).isZero();
		assertThat(weeks.get(1).path("start").asString()).isEqualTo("2024-03-04");
		assertThat(weeks.get(1).path("value").path("numerator").asLong()).isEqualTo(4);
		assertThat(weeks.get(2).path("value").path("numerator").asLong()).isEqualTo(1);
	}

	@Test
	void theCountersAnswerExactlyAsCountingTheLeadsDoes() {
		String campaign = walk();
		KpiQueries.Question byCampaign = new KpiQueries.Question(LocalDate.parse("2024-02-01"),
				LocalDate.parse("2024-04-30"), ZoneOffset.UTC, Map.of(Slice.CAMPAIGN, List.of(campaign)));
		KpiQueries.Question everything = new KpiQueries.Question(LocalDate.parse("2024-02-01"),
				LocalDate.parse("2024-04-30"), ZoneOffset.UTC, Map.of());
		for (Measure measure : Measure.values()) {
			assertThat(this.queries.daily(measure, byCampaign)).as(measure.name())
				.isEqualTo(this.queries.dailyFromLeads(measure, byCampaign));
			assertThat(this.queries.daily(measure, everything)).as(measure.name())
				.isEqualTo(this.queries.dailyFromLeads(measure, everything));
		}
		// two cuts at once are answered from the leads, and agree with one cut
		Map<Slice, List<String>> twoCuts = new LinkedHashMap<>();
		twoCuts.put(Slice.CAMPAIGN, List.of(campaign));
		twoCuts.put(Slice.CHANNEL, List.of("WEBINAR"));
		assertThat(this.queries.daily(Measure.MQL,
				new KpiQueries.Question(byCampaign.from(), byCampaign.to(), ZoneOffset.UTC, twoCuts)))
			.isEqualTo(this.queries.daily(Measure.MQL, byCampaign));
		assertThat(this.queries.bySlice(Measure.ENTERED, byCampaign, Slice.CAMPAIGN)).containsEntry(campaign, 5L);
	}

	@Test
	void aStageChangeShowsInTheNumbersWithinSeconds() {
		String campaign = "kpi-freshness-" + UUID.randomUUID().toString().substring(0, 8);
		this.clock.set(START.plus(Duration.ofDays(40)));
		String lead = lead("fresh", campaign);
		move(lead, "MQL", null);
		// no explicit catch-up: the scheduled update must bring it in
		await(() -> kpi("MQLS", campaign, "2024-04-01", "2024-04-30").path("numerator").asLong() == 1);
	}

	@Test
	void badFiltersAreRefusedNamingTheField() {
		Answer backwards = this.api.get("/api/v1/kpis?from=2024-03-10&to=2024-03-01");
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.field()).isEqualTo("to");
		assertThat(this.api.get("/api/v1/kpis/NOT_A_KPI").status()).isEqualTo(400);
		Answer noSeries = this.api.get("/api/v1/kpis/WON_REVENUE/series");
		assertThat(noSeries.status()).isEqualTo(422);
		assertThat(noSeries.field()).isEqualTo("kpi");
		assertThat(this.api.get("/api/v1/kpis/MQLS/by/ALL").status()).isEqualTo(400);
	}

	/**
	 * April 2024, one campaign, the admin's deals in euros: 1,500 won on the 5th, 3,000
	 * open and expected on the 20th (Discovery, 10%), 2,000 open but expected in May. On
	 * the 10th, against a quota of 6,000: won 1,500 (25%), pipeline 3,000 covering 0.6667
	 * of the 4,500 left, weighted 300, forecast 1,800, run rate 1,500 × 30 / 10 = 4,500.
	 */
	@Test
	void theForecastPutsWonPipelineAndRunRateNextToTheQuota() throws Exception {
		String campaign = "forecast-fixture-" + UUID.randomUUID().toString().substring(0, 8);
		this.clock.set(Instant.parse("2024-04-05T09:00:00Z"));
		String fay = lead("fay", campaign);
		String admin = goal("quota", "WON_REVENUE", "2024-04-01", "2024-04-30", campaign).get("owners")
			.toString()
			.replaceAll("[\\[\\]]", "");
		deal(fay, admin, "1500", "00000000-0000-0000-0000-00000000b004", "2024-04-05");
		deal(fay, admin, "3000", "00000000-0000-0000-0000-00000000b001", "2024-04-20");
		deal(fay, admin, "2000", "00000000-0000-0000-0000-00000000b001", "2024-05-15");
		Map<String, Object> quota = goal("April quota", "WON_REVENUE", "2024-04-01", "2024-04-30", campaign);
		quota.put("rep", admin);
		quota.put("currency", "EUR");
		quota.put("target", Map.of("value", "6000"));
		assertThat(this.api.post("/api/v1/goals", ApiClient.json(quota)).status()).isEqualTo(201);
		this.clock.set(Instant.parse("2024-04-10T09:00:00Z"));
		this.facts.catchUp();
		String april = "?from=2024-04-01&to=2024-04-30&campaign=" + campaign;
		await(() -> this.api.get("/api/v1/forecast" + april).json().path("total").path("wonDeals").asLong() == 1);
		JsonNode forecast = this.api.get("/api/v1/forecast" + april).json();
		assertThat(forecast.path("currency").asString()).isEqualTo("EUR");
		JsonNode rep = forecast.path("reps").get(0);
		assertThat(rep.path("rep").asString()).isEqualTo(admin);
		assertThat(rep.path("quota").decimalValue()).isEqualByComparingTo("6000");
		assertThat(rep.path("won").decimalValue()).isEqualByComparingTo("1500");
		assertThat(rep.path("attainment").decimalValue()).isEqualByComparingTo("0.25");
		assertThat(rep.path("openDeals").asLong()).isEqualTo(1);
		assertThat(rep.path("pipeline").decimalValue()).isEqualByComparingTo("3000");
		assertThat(rep.path("weighted").decimalValue()).isEqualByComparingTo("300");
		assertThat(rep.path("forecast").decimalValue()).isEqualByComparingTo("1800");
		assertThat(rep.path("runRate").decimalValue()).isEqualByComparingTo("4500");
		assertThat(rep.path("coverage").decimalValue()).isEqualByComparingTo("0.6667");
		assertThat(forecast.path("total").path("quota").isNull()).as("no quota for everyone in this campaign").isTrue();
		JsonNode coverage = this.api.get("/api/v1/kpis/PIPELINE_COVERAGE" + april + "&rep=" + admin).json();
		assertThat(coverage.path("value").decimalValue()).as("the KPI is the forecast's number")
			.isEqualByComparingTo("0.6667");
		JsonNode noQuota = this.api.get("/api/v1/kpis/PIPELINE_COVERAGE" + april).json();
		assertThat(noQuota.path("value").isNull()).isTrue();
		assertThat(noQuota.path("note").asString()).contains("won-revenue goal");
		assertThat(noQuota.path("notes").get(0).asString()).isEqualTo("kpi.note.noQuota");
		String page = WebSession.admin(this.port).get("/kpis" + april + "&lang=ru");
		assertThat(page).as("the page words the note in its language")
			.contains("покрытие считается от цели")
			.doesNotContain("won-revenue goal");
		JsonNode everyone = this.api.get("/api/v1/kpis/WON_REVENUE?from=2024-04-01&to=2024-04-30").json();
		BigDecimal raw = this.jdbc
			.sql("SELECT COALESCE(SUM(amount), 0) FROM goals_deal WHERE outcome = 'WON' "
					+ "AND currency = 'EUR' AND closed_at >= ? AND closed_at < ?")
			.params(java.sql.Timestamp.from(Instant.parse("2024-04-01T00:00:00Z")),
					java.sql.Timestamp.from(Instant.parse("2024-05-01T00:00:00Z")))
			.query(BigDecimal.class)
			.single();
		BigDecimal kept = BigDecimal.ZERO;
		for (JsonNode amount : everyone.path("amounts")) {
			if ("EUR".equals(amount.path("currency").asString())) {
				kept = amount.path("amount").decimalValue();
			}
		}
		assertThat(kept).as("the daily won totals are the deals' sum").isEqualByComparingTo(raw);
		Answer badCurrency = this.api.get("/api/v1/forecast" + april + "&currency=EURO");
		assertThat(badCurrency.status()).isEqualTo(422);
		assertThat(badCurrency.field()).isEqualTo("currency");
	}

	void deal(String contact, String owner, String amount, String stage, String expectedClose) {
		Map<String, Object> deal = new HashMap<>();
		deal.put("name", "Forecast fixture " + amount);
		deal.put("pipeline", "00000000-0000-0000-0000-00000000a001");
		deal.put("stage", stage);
		deal.put("amount", amount);
		deal.put("currency", "EUR");
		deal.put("owner", owner);
		deal.put("expectedClose", expectedClose);
		deal.put("contacts", List.of(contact));
		Answer created = this.api.post("/api/v1/deals", ApiClient.json(deal));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	@Test
	void aGoalShowsItsPaceAndForecastAndKeepsEveryTarget() {
		String campaign = walk();
		// the clock stands on 21 March: 3 MQLs so far against 4, 21 days of 31 gone
		Map<String, Object> goal = goal("March MQLs", "MQLS", "2024-03-01", "2024-03-31", campaign);
		goal.put("target", Map.of("value", "4", "note", "one more than February"));
		Answer created = this.api.post("/api/v1/goals", ApiClient.json(goal));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		JsonNode progress = this.api.get("/api/v1/goals/" + id).json();
		assertThat(progress.path("actual").decimalValue()).isEqualByComparingTo("3");
		assertThat(progress.path("elapsedDays").asLong()).isEqualTo(21);
		assertThat(progress.path("totalDays").asLong()).isEqualTo(31);
		assertThat(progress.path("expectedByNow").decimalValue()).isEqualByComparingTo("2.7097");
		assertThat(progress.path("runRate").decimalValue()).isEqualByComparingTo("4.4286");
		assertThat(progress.path("attainment").decimalValue()).isEqualByComparingTo("0.75");
		assertThat(progress.path("trend").isNull()).isFalse();

		Answer revised = this.api.post("/api/v1/goals/" + id + "/revisions",
				ApiClient.json(Map.of("target", Map.of("value", "6", "note", "the webinar doubled"), "version",
						created.json().path("version").asLong())));
		assertThat(revised.status()).as(revised.body()).isEqualTo(201);
		assertThat(revised.json().path("target").decimalValue()).isEqualByComparingTo("6");
		JsonNode revisions = this.api.get("/api/v1/goals/" + id + "/revisions").json();
		assertThat(revisions.size()).isEqualTo(2);
		assertThat(revisions.get(0).path("note").asString()).isEqualTo("the webinar doubled");
		assertThat(revisions.get(1).path("target").decimalValue()).isEqualByComparingTo("4");
		Answer stale = this.api.post("/api/v1/goals/" + id + "/revisions", ApiClient
			.json(Map.of("target", Map.of("value", "7"), "version", created.json().path("version").asLong())));
		assertThat(stale.status()).isEqualTo(409);

		// +50% on March's 5 leads makes April's target 7.5; April has not started
		Map<String, Object> relative = goal("April leads", "LEADS_CREATED", "2024-04-01", "2024-04-30", campaign);
		relative.put("target",
				Map.of("relativePercent", "50", "baselineFrom", "2024-03-01", "baselineTo", "2024-03-31"));
		JsonNode april = this.api.post("/api/v1/goals", ApiClient.json(relative)).json();
		assertThat(april.path("target").decimalValue()).isEqualByComparingTo("7.5");
		assertThat(april.path("baseline").decimalValue()).isEqualByComparingTo("5");
		assertThat(this.api.get("/api/v1/goals/" + april.path("id").asString()).json().path("status").asString())
			.isEqualTo("NOT_STARTED");
	}

	@Autowired
	KpiAlerts alerts;

	/**
	 * Eight weeks of 3 and 4 MQLs in turn (mean 3.5, deviation 0.5345), then a week of
	 * one: more than two deviations below the mean.
	 */
	@Test
	void aWeekFarBelowItsMeanRaisesOneAlertWithTheNumbersBehindIt() {
		String campaign = "kpi-alert-" + UUID.randomUUID().toString().substring(0, 8);
		Instant monday = Instant.parse("2023-01-03T09:00:00Z");
		int[] weekly = { 3, 4, 3, 4, 3, 4, 3, 4, 1 };
		for (int week = 0; week < weekly.length; week++) {
			this.clock.set(monday.plus(Duration.ofDays(7L * week)));
			for (int i = 0; i < weekly[week]; i++) {
				move(lead("w" + week + "n" + i, campaign), "MQL", null);
			}
		}
		this.facts.catchUp();
		Map<String, Object> rule = new HashMap<>();
		rule.put("name", "MQLs of " + campaign + " dropped");
		rule.put("kind", "BELOW_MEAN");
		rule.put("kpi", "MQLS");
		rule.put("campaign", campaign);
		rule.put("owners", goal("x", "MQLS", "2023-01-01", "2023-01-02", null).get("owners"));
		Answer created = this.api.post("/api/v1/kpi-alerts/rules", ApiClient.json(rule));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String ruleId = created.json().path("id").asString();
		assertThat(created.json().path("weeks").asInt()).isEqualTo(8);

		this.clock.set(Instant.parse("2023-03-06T10:00:00Z"));
		JsonNode raised = raisedBy(ruleId, this.api.post("/api/v1/kpi-alerts/evaluate", "{}").json());
		assertThat(raised).isNotNull();
		assertThat(raised.path("weekStart").asString()).isEqualTo("2023-02-27");
		assertThat(raised.path("value").decimalValue()).isEqualByComparingTo("1");
		assertThat(raised.path("mean").decimalValue()).isEqualByComparingTo("3.5");
		assertThat(raised.path("deviation").decimalValue()).isEqualByComparingTo("0.5345");
		assertThat(raised.path("threshold").decimalValue()).isEqualByComparingTo("2.4310");
		assertThat(raised.path("history").size()).isEqualTo(8);
		assertThat(raisedBy(ruleId, this.api.post("/api/v1/kpi-alerts/evaluate", "{}").json()))
			.as("one alert per rule and week")
			.isNull();
		String alert = raised.path("id").asString();
		UserId owner = new UserId(UUID.fromString(((List<?>) rule.get("owners")).get(0).toString()));
		long open = this.alerts.openFor(owner);
		assertThat(open).as("the owner is told in the app").isPositive();
		Answer settled = this.api.post("/api/v1/kpi-alerts/" + alert + "/acknowledge", "{}");
		assertThat(settled.status()).isEqualTo(200);
		assertThat(this.alerts.openFor(owner)).isEqualTo(open - 1);
		assertThat(settled.json().path("acknowledgedBy").asString()).isNotBlank();
		assertThat(this.alerts.since(Instant.parse("2023-03-01T00:00:00Z")))
			.anyMatch(found -> found.id().toString().equals(alert));

		// a goal of 100 MQLs for the last fortnight is far behind with one
		Map<String, Object> goal = goal("Fortnight", "MQLS", "2023-02-27", "2023-03-12", campaign);
		goal.put("target", Map.of("value", "100"));
		String goalId = this.api.post("/api/v1/goals", ApiClient.json(goal)).json().path("id").asString();
		Map<String, Object> pace = new HashMap<>();
		pace.put("name", "Fortnight behind");
		pace.put("kind", "BEHIND_GOAL");
		pace.put("goal", goalId);
		String paceRule = this.api.post("/api/v1/kpi-alerts/rules", ApiClient.json(pace)).json().path("id").asString();
		JsonNode behind = raisedBy(paceRule, this.api.post("/api/v1/kpi-alerts/evaluate", "{}").json());
		assertThat(behind.path("threshold").decimalValue()).isEqualByComparingTo("100");
		assertThat(behind.path("owners").size()).isEqualTo(1);
	}

	static JsonNode raisedBy(String rule, JsonNode alerts) {
		for (JsonNode alert : alerts) {
			if (rule.equals(alert.path("rule").asString())) {
				return alert;
			}
		}
		return null;
	}

	@Test
	void aGoalWithoutAClearTargetIsRefusedNamingTheField() {
		Map<String, Object> both = goal("Both", "MQLS", "2024-03-01", "2024-03-31", null);
		both.put("target", Map.of("value", "4", "relativePercent", "10"));
		Answer refused = this.api.post("/api/v1/goals", ApiClient.json(both));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.field()).isEqualTo("target.value");
		Map<String, Object> money = goal("Revenue", "WON_REVENUE", "2024-03-01", "2024-03-31", null);
		money.put("target", Map.of("value", "1000"));
		assertThat(this.api.post("/api/v1/goals", ApiClient.json(money)).field()).isEqualTo("currency");
		Map<String, Object> rate = goal("Rate", "MQL_TO_SQL", "2024-03-01", "2024-03-31", null);
		rate.put("target", Map.of("value", "60"));
		assertThat(this.api.post("/api/v1/goals", ApiClient.json(rate)).field()).isEqualTo("target.value");
		Map<String, Object> nobody = goal("Nobody", "MQLS", "2024-03-01", "2024-03-31", null);
		nobody.put("owners", List.of());
		nobody.put("target", Map.of("value", "4"));
		assertThat(this.api.post("/api/v1/goals", ApiClient.json(nobody)).field()).isEqualTo("owners");
	}

	Map<String, Object> goal(String name, String kpi, String from, String to, String campaign) {
		Map<String, Object> goal = new HashMap<>();
		goal.put("name", name);
		goal.put("kpi", kpi);
		goal.put("startsOn", from);
		goal.put("endsOn", to);
		if (campaign != null) {
			goal.put("campaign", campaign);
		}
		String admin = null;
		for (JsonNode user : this.api.get("/api/v1/users").json()) {
			if ("admin".equals(user.path("username").asString())) {
				admin = user.path("id").asString();
			}
		}
		goal.put("owners", List.of(admin));
		return goal;
	}

	Map<String, JsonNode> all(String campaign, String from, String to) {
		Answer answer = this.api.get("/api/v1/kpis?from=" + from + "&to=" + to + "&campaign=" + campaign);
		assertThat(answer.status()).isEqualTo(200);
		Map<String, JsonNode> byKpi = new HashMap<>();
		answer.json().path("values").forEach(value -> byKpi.put(value.path("kpi").asString(), value));
		assertThat(byKpi).hasSize(Kpi.values().length);
		return byKpi;
	}

	JsonNode kpi(String kpi, String campaign, String from, String to) {
		return this.api.get("/api/v1/kpis/" + kpi + "?from=" + from + "&to=" + to + "&campaign=" + campaign).json();
	}

	static void assertRatio(JsonNode value, long numerator, long denominator, String ratio) {
		assertThat(value.path("numerator").asLong()).isEqualTo(numerator);
		assertThat(value.path("denominator").asLong()).isEqualTo(denominator);
		assertThat(value.path("value").decimalValue()).isEqualByComparingTo(ratio);
	}

	String lead(String name, String campaign) {
		Map<String, Object> lead = new HashMap<>();
		lead.put("email", name + "-" + UUID.randomUUID() + "@example.org");
		lead.put("firstName", name);
		lead.put("lastName", "Fixture");
		lead.put("source", "WEBINAR");
		lead.put("campaign", campaign);
		lead.put("consent", false);
		Answer answer = this.api.post("/api/v1/intake/leads", ApiClient.json(lead));
		assertThat(answer.status()).isEqualTo(201);
		return answer.json().path("contact").asString();
	}

	void move(String contact, String to, String reason) {
		Map<String, Object> body = new HashMap<>();
		body.put("to", to);
		if (reason != null) {
			body.put("reason", reason);
		}
		Answer moved = this.api.post("/api/v1/contacts/" + contact + "/transitions", ApiClient.json(body));
		assertThat(moved.status()).as(moved.body()).isLessThan(300);
	}

	void day(int days) {
		this.clock.advance(Duration.ofDays(days));
	}

	static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition not met within 15 s").isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
