package org.tandem;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots Tandem as a newcomer gets it: the embedded H2 file database in PostgreSQL mode,
 * migrated by Flyway, with the demo company loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void embeddedDatabase(DynamicPropertyRegistry registry) throws Exception {
		Path folder = Files.createTempDirectory("tandem-h2-");
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("tandem")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		registry.add("tandem.admin-password", () -> "smoke-test-password");
	}

	long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	@Test
	void servesTheLoginPageHealthAndTheApiContract() {
		ApiClient anonymous = new ApiClient(this.port, "");
		ApiClient.Answer login = anonymous.get("/login");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
		assertThat(anonymous.get("/actuator/health").body()).contains("\"UP\"");
		assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(anonymous.get("/api/v1/contacts").status()).isEqualTo(401);
	}

	@Test
	void theScoreLearnedFromTheDemoHistoryBeatsTheRulesOnHeldOutLeads() {
		var model = this.jdbc.sql("SELECT auc, rule_auc, held_out FROM scoring_model ORDER BY trained_at DESC LIMIT 1")
			.query((rs, row) -> new double[] { rs.getDouble("auc"), rs.getDouble("rule_auc"), rs.getInt("held_out") })
			.single();
		assertThat(model[2]).as("held-out leads").isGreaterThan(50);
		assertThat(model[0]).as("learned AUC vs rule AUC " + model[1]).isGreaterThan(model[1]);
	}

	@Test
	void everyMainPageRendersOnTheDemoData() throws Exception {
		java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.build();
		String base = "http://127.0.0.1:" + this.port;
		String login = browser
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(login);
		assertThat(csrf.find()).isTrue();
		browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("username=admin&password=smoke-test-password&_csrf=" + csrf.group(1)))
			.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		for (String page : java.util.List.of("/", "/inbox", "/board", "/contacts", "/accounts", "/deals",
				"/deals/board", "/campaigns", "/campaigns/results", "/kpis", "/goals", "/goals/new", "/goals/alerts",
				"/analytics", "/analytics/cohorts", "/analytics/leaderboard", "/analytics/forecast",
				"/analytics/leadership", "/funnel/rejections", "/funnel/quality", "/scoring", "/routing", "/forms",
				"/duplicates", "/admin/users", "/admin/profiles", "/me", "/contacts?stage=WON", "/meetings",
				"/meetings/items", "/notifications", "/notifications/settings", "/feedback", "/sequences",
				"/admin/channels")) {
			java.net.http.HttpResponse<String> answer = browser.send(
					java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + page)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			assertThat(answer.body()).as(page).contains("</html>");
		}
		// the home page's shared numbers, loaded into it as a fragment
		java.net.http.HttpResponse<String> numbers = browser.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/analytics/home")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(numbers.statusCode()).isEqualTo(200);
		assertThat(numbers.body()).contains("home-numbers", "data-chart");
	}

	@Autowired
	org.tandem.goals.KpiFacts kpiFacts;

	@Test
	void theSharedNumbersAreBuiltOnTheEmbeddedDatabaseToo() {
		this.kpiFacts.catchUp();
		assertThat(count("goals_lead")).isEqualTo(count("crm_contact"));
		assertThat(this.jdbc.sql("SELECT SUM(n) FROM goals_count WHERE measure = 'MQL' AND slice = 'CHANNEL'")
			.query(Long.class)
			.single())
			.isEqualTo(this.jdbc.sql("SELECT COUNT(DISTINCT contact_id) FROM funnel_transition WHERE to_stage = 'MQL'")
				.query(Long.class)
				.single());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM goals_goal WHERE rep_id IS NULL").query(Long.class).single())
			.as("the demo's shared goals")
			.isEqualTo(4);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM goals_goal WHERE rep_id IS NOT NULL AND kpi = 'WON_REVENUE'")
			.query(Long.class)
			.single())
			.as("a quota for each rep")
			.isEqualTo(this.jdbc.sql("SELECT COUNT(*) FROM identity_user WHERE role = 'SALES' AND enabled")
				.query(Long.class)
				.single());
		// the counters and span histograms kept change by change equal those counted
		// again
		java.util.Map<String, Long> kept = counters();
		this.kpiFacts.rebuild();
		java.util.Map<String, Long> rebuilt = counters();
		java.util.Map<String, String> different = new java.util.TreeMap<>();
		for (String key : new java.util.TreeSet<>(java.util.Set.copyOf(kept.keySet()))) {
			if (!kept.get(key).equals(rebuilt.get(key))) {
				different.put(key, kept.get(key) + " kept, " + rebuilt.get(key) + " counted again");
			}
		}
		rebuilt.keySet()
			.stream()
			.filter(key -> !kept.containsKey(key))
			.forEach(key -> different.put(key, "none kept, " + rebuilt.get(key) + " counted again"));
		assertThat(different).isEmpty();
		assertThat(count("goals_deal")).isEqualTo(
				this.jdbc.sql("SELECT COUNT(*) FROM crm_deal WHERE deleted_at IS NULL").query(Long.class).single());
	}

	java.util.Map<String, Long> counters() {
		java.util.Map<String, Long> counters = new java.util.HashMap<>();
		this.jdbc.sql("SELECT measure, slice, slice_value, on_day, n FROM goals_count WHERE n <> 0")
			.query((rs,
					row) -> counters.put(rs.getString("measure") + " " + rs.getString("slice") + " "
							+ rs.getString("slice_value") + " " + rs.getString("on_day"), rs.getLong("n")))
			.list();
		this.jdbc.sql("SELECT on_day, currency, deals, amount, weighted FROM goals_deal_day WHERE deals <> 0")
			.query((rs, row) -> counters.put(rs.getString("on_day") + " " + rs.getString("currency"),
					rs.getLong("deals") * 1_000_000_000L + rs.getBigDecimal("amount").longValue()
							+ rs.getBigDecimal("weighted").longValue()))
			.list();
		this.jdbc.sql("SELECT span, on_day, days, n FROM goals_span WHERE n <> 0")
			.query((rs, row) -> counters
				.put(rs.getString("span") + " " + rs.getString("on_day") + " " + rs.getInt("days"), rs.getLong("n")))
			.list();
		return counters;
	}

	@Test
	void loadsALivingDemoCompany() {
		assertThat(count("identity_user")).isGreaterThanOrEqualTo(13);
		assertThat(count("crm_account")).isEqualTo(200);
		assertThat(count("crm_contact")).isEqualTo(3000);
		assertThat(count("crm_deal")).isGreaterThan(50);
		assertThat(count("crm_activity")).isGreaterThan(6000);
		assertThat(this.jdbc.sql("SELECT COUNT(DISTINCT stage) FROM funnel_lifecycle").query(Long.class).single())
			.as("every stage has leads")
			.isEqualTo(8);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM crm_contact c WHERE c.lifecycle_stage <> 'LEAD'")
			.query(Long.class)
			.single())
			.isEqualTo(count("funnel_lifecycle")
					- this.jdbc.sql("SELECT COUNT(*) FROM funnel_lifecycle WHERE stage = 'LEAD'")
						.query(Long.class)
						.single());
		assertThat(
				this.jdbc.sql("SELECT COUNT(DISTINCT reason_code) FROM funnel_transition WHERE to_stage = 'RECYCLED'")
					.query(Long.class)
					.single())
			.isGreaterThanOrEqualTo(4);
		assertThat(
				this.jdbc.sql("SELECT COUNT(DISTINCT contact_id) FROM routing_assignment").query(Long.class).single())
			.as("every past hand-off was routed, and says why")
			.isEqualTo(this.jdbc.sql("SELECT COUNT(DISTINCT contact_id) FROM routing_sla_timer")
				.query(Long.class)
				.single())
			.isGreaterThan(100);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM routing_assignment WHERE reason_why IS NULL")
			.query(Long.class)
			.single()).isZero();
	}

}
