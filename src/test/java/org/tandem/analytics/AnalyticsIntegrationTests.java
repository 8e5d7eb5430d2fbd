package org.tandem.analytics;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.IntegrationTest;
import org.tandem.goals.KpiFacts;
import org.tandem.identity.Role;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards read the KPI catalogue's numbers: what a dashboard's table exports is
 * what the KPI API answers for the same filter, and a sales rep sees only their own line
 * of the leaderboard.
 */
@IntegrationTest
class AnalyticsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	KpiFacts facts;

	@Autowired
	UserAdministration administration;

	@Test
	void aDashboardsNumbersAreTheKpiApisNumbers() throws Exception {
		ApiClient api = ApiClient.asAdmin(this.port);
		String campaign = "analytics-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 3; i++) {
			Map<String, Object> lead = new HashMap<>();
			lead.put("email", "analytics-" + UUID.randomUUID() + "@example.org");
			lead.put("firstName", "Ada");
			lead.put("lastName", "Lytics");
			lead.put("source", "EMAIL");
			lead.put("campaign", campaign);
			lead.put("consent", false);
			String contact = api.post("/api/v1/intake/leads", ApiClient.json(lead)).json().path("contact").asString();
			if (i < 2) {
				api.post("/api/v1/contacts/" + contact + "/transitions", ApiClient.json(Map.of("to", "MQL")));
			}
		}
		this.facts.catchUp();
		HttpClient admin = login("admin", "admin-password-for-tests");
		String filter = "from=2021-01-01&to=2030-12-31";
		List<CSVRecord> changes = csv(admin, "/analytics/export?dashboard=FUNNEL&section=change&" + filter);
		assertThat(changes.get(0).get(0)).isEqualTo("KPI");
		JsonNode api2 = api.get("/api/v1/kpis?" + filter).json().path("values");
		Map<String, JsonNode> byName = new HashMap<>();
		api2.forEach(value -> byName.put(value.path("kpi").asString(), value));
		Map<String, String> labels = Map.of("Leads created", "LEADS_CREATED", "MQLs", "MQLS", "SQLs", "SQLS",
				"Deals won", "DEALS_WON");
		int compared = 0;
		for (CSVRecord row : changes.subList(1, changes.size())) {
			String kpi = labels.get(row.get(0));
			if (kpi != null) {
				assertThat(row.get(1)).as(kpi).isEqualTo(byName.get(kpi).path("numerator").asString());
				compared++;
			}
		}
		assertThat(compared).isEqualTo(labels.size());
		List<CSVRecord> funnel = csv(admin,
				"/analytics/export?dashboard=FUNNEL&section=funnel&campaign=" + encode(campaign) + "&" + filter);
		assertThat(funnel.get(1).get(1)).isEqualTo("3");
		assertThat(funnel.get(2).get(1)).isEqualTo("2");
		List<CSVRecord> channels = csv(admin,
				"/analytics/export?dashboard=FUNNEL&section=channels&campaign=" + encode(campaign) + "&" + filter);
		assertThat(channels).hasSize(2);
		assertThat(channels.get(1).get(2)).isEqualTo("2");

		HttpResponse<String> missing = get(admin, "/analytics/export?dashboard=FUNNEL&section=nothing");
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	@Test
	void aSalesRepSeesOnlyTheirOwnLineOfTheLeaderboard() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.administration.createUser("board-" + suffix, "Board " + suffix, "board-" + suffix + "@t.test",
				"board-password-" + suffix, Role.SALES, null, "en");
		HttpClient rep = login("board-" + suffix, "board-password-" + suffix);
		List<CSVRecord> board = csv(rep, "/analytics/export?dashboard=LEADERBOARD&section=leaderboard");
		for (CSVRecord row : board.subList(1, board.size())) {
			assertThat(row.get(2)).as("someone else's numbers").isEmpty();
		}
		List<CSVRecord> forecast = csv(rep, "/analytics/export?dashboard=FORECAST&section=forecast");
		assertThat(forecast.subList(1, forecast.size())).as("a rep's forecast shows their own line only")
			.allMatch(row -> row.get(0).equals("Board " + suffix));
		HttpResponse<String> other = get(rep, "/analytics?rep=" + UUID.randomUUID());
		assertThat(other.statusCode()).isEqualTo(403);
		HttpClient admin = login("admin", "admin-password-for-tests");
		List<CSVRecord> full = csv(admin, "/analytics/export?dashboard=LEADERBOARD&section=leaderboard");
		assertThat(full.subList(1, full.size())).allMatch(row -> !row.get(2).isEmpty());
	}

	@Test
	void aSavedReportOpensTheSameView() throws Exception {
		HttpClient admin = login("admin", "admin-password-for-tests");
		String name = "Webinars " + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> saved = post(admin, "/analytics/reports",
				"name=" + encode(name) + "&dashboard=COHORTS&query=" + encode("channel=WEBINAR&from=2026-01-01"));
		assertThat(saved.statusCode()).isEqualTo(302);
		String page = get(admin, "/analytics/cohorts").body();
		assertThat(page).contains(name).contains("/analytics/cohorts?channel=WEBINAR&amp;from=2026-01-01");
		HttpResponse<String> refused = post(admin, "/analytics/reports", "name=&dashboard=COHORTS&query=");
		assertThat(refused.statusCode()).isEqualTo(422);
	}

	private String csrf;

	HttpClient login(String user, String password) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + user + "&password=" + encode(password) + "&_csrf=" + token.group(1)))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String home = client.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(home);
		this.csrf = meta.find() ? meta.group(1) : "";
		return client;
	}

	HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(HttpClient client, String path, String form) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + this.csrf))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	List<CSVRecord> csv(HttpClient client, String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = get(client, path);
		assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		return new ArrayList<>(CSVFormat.DEFAULT.parse(new java.io.StringReader(answer.body())).getRecords());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
