package org.tandem.campaigns;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Answer;
import org.tandem.IntegrationTest;
import org.tandem.identity.Role;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns over the API: a plan with its budget, cost lines that add up to what it
 * spent, touches of known people only, and clear refusals naming the field at fault.
 */
@IntegrationTest
class CampaignApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApiTokens tokens;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = ApiClient.asAdmin(this.port);
	}

	static Map<String, Object> campaign(String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("channel", "WEBINAR");
		body.put("startsOn", "2026-12-01");
		body.put("endsOn", "2026-12-20");
		body.put("budget", "150000.00");
		body.put("currency", "rub");
		body.put("goal", "200 registrations, 40 MQLs");
		return body;
	}

	static String name() {
		return "Webinar " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aCampaignIsPlannedChangedAndAddsUpItsCosts() {
		Answer created = this.api.post("/api/v1/campaigns", ApiClient.json(campaign(name())));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.json().path("budget").path("currency").asString()).isEqualTo("RUB");
		assertThat(created.json().path("spent").path("amount").decimalValue()).isZero();
		assertThat(this.api
			.post("/api/v1/campaigns/" + id + "/costs",
					ApiClient.json(Map.of("spentOn", "2026-12-02", "amount", "40000.50", "description", "Ads")))
			.status()).isEqualTo(201);
		this.api.post("/api/v1/campaigns/" + id + "/costs",
				ApiClient.json(Map.of("spentOn", "2026-12-05", "amount", "9999.50")));
		Answer read = this.api.get("/api/v1/campaigns/" + id);
		assertThat(read.json().path("spent").path("amount").decimalValue()).isEqualByComparingTo("50000.00");
		assertThat(this.api.get("/api/v1/campaigns/" + id + "/costs").json().size()).isEqualTo(2);

		Map<String, Object> change = campaign(read.json().path("name").asString());
		change.put("budget", "180000");
		change.put("version", read.json().path("version").asLong());
		Answer changed = this.api.put("/api/v1/campaigns/" + id, ApiClient.json(change));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("budget").path("amount").decimalValue()).isEqualByComparingTo("180000");
		Answer stale = this.api.put("/api/v1/campaigns/" + id, ApiClient.json(change));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(this.api.get("/api/v1/campaigns").body()).contains(id);
	}

	@Test
	void badPlansAreRefusedNamingTheField() {
		Map<String, Object> blank = campaign("  ");
		assertThat(this.api.post("/api/v1/campaigns", ApiClient.json(blank)).field()).isEqualTo("name");
		Map<String, Object> backwards = campaign(name());
		backwards.put("endsOn", "2026-11-01");
		Answer refused = this.api.post("/api/v1/campaigns", ApiClient.json(backwards));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.field()).isEqualTo("endsOn");
		Map<String, Object> yen = campaign(name());
		yen.put("currency", "JPY");
		yen.put("budget", "100.5");
		assertThat(this.api.post("/api/v1/campaigns", ApiClient.json(yen)).field()).isEqualTo("budget");
		Map<String, Object> money = campaign(name());
		money.put("currency", "XYZ");
		assertThat(this.api.post("/api/v1/campaigns", ApiClient.json(money)).field()).isEqualTo("currency");
		String taken = name();
		this.api.post("/api/v1/campaigns", ApiClient.json(campaign(taken)));
		Answer twin = this.api.post("/api/v1/campaigns", ApiClient.json(campaign(taken.toUpperCase())));
		assertThat(twin.status()).isEqualTo(409);
		assertThat(twin.field()).isEqualTo("name");
		assertThat(this.api.get("/api/v1/campaigns/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void onlyKnownPeopleAreTouched() {
		String id = this.api.post("/api/v1/campaigns", ApiClient.json(campaign(name()))).json().path("id").asString();
		Map<String, Object> lead = new HashMap<>();
		lead.put("email", "touched-" + UUID.randomUUID() + "@example.org");
		lead.put("firstName", "Vera");
		lead.put("lastName", "Touched");
		lead.put("source", "WEBINAR");
		lead.put("consent", false);
		Answer taken = this.api.post("/api/v1/intake/leads", ApiClient.json(lead));
		assertThat(taken.status()).as(taken.body()).isEqualTo(201);
		String contact = taken.json().path("contact").asString();
		Answer touched = this.api.post("/api/v1/campaigns/" + id + "/touches",
				ApiClient.json(Map.of("contact", contact, "kind", "REGISTERED")));
		assertThat(touched.status()).isEqualTo(201);
		assertThat(touched.json().path("campaign").asString()).isEqualTo(id);
		Answer stranger = this.api.post("/api/v1/campaigns/" + id + "/touches",
				ApiClient.json(Map.of("contact", UUID.randomUUID().toString(), "kind", "REGISTERED")));
		assertThat(stranger.status()).isEqualTo(422);
		assertThat(stranger.field()).isEqualTo("contact");
	}

	/**
	 * A fixture worked out by hand: Vera came from campaign A, was touched by B, became
	 * an MQL and then won a 1,000 RUB deal; A cost 250 RUB.
	 */
	@Test
	void resultsSplitAWonDealsRevenueAsTheModelSays() {
		String alpha = name();
		String a = this.api.post("/api/v1/campaigns", ApiClient.json(campaign(alpha))).json().path("id").asString();
		String b = this.api.post("/api/v1/campaigns", ApiClient.json(campaign(name()))).json().path("id").asString();
		this.api.post("/api/v1/campaigns/" + a + "/costs",
				ApiClient.json(Map.of("spentOn", "2026-12-02", "amount", "250.00")));
		Map<String, Object> lead = new HashMap<>();
		lead.put("email", "won-" + UUID.randomUUID() + "@example.org");
		lead.put("firstName", "Vera");
		lead.put("lastName", "Won");
		lead.put("source", "WEBINAR");
		lead.put("campaign", alpha);
		lead.put("consent", false);
		String contact = this.api.post("/api/v1/intake/leads", ApiClient.json(lead)).json().path("contact").asString();
		this.api.post("/api/v1/campaigns/" + b + "/touches",
				ApiClient.json(Map.of("contact", contact, "kind", "ATTENDED")));
		assertThat(this.api.post("/api/v1/contacts/" + contact + "/transitions", ApiClient.json(Map.of("to", "MQL")))
			.status()).isLessThan(300);
		Map<String, Object> deal = new HashMap<>();
		deal.put("name", "Licence for Vera");
		deal.put("pipeline", "00000000-0000-0000-0000-00000000a001");
		deal.put("amount", "1000.00");
		deal.put("currency", "RUB");
		deal.put("contacts", List.of(contact));
		Answer opened = this.api.post("/api/v1/deals", ApiClient.json(deal));
		deal.put("stage", "00000000-0000-0000-0000-00000000b004");
		deal.put("version", opened.json().path("version").asLong());
		assertThat(this.api.put("/api/v1/deals/" + opened.json().path("id").asString(), ApiClient.json(deal)).status())
			.isEqualTo(200);

		Map<String, JsonNode> linear = results("LINEAR");
		assertThat(linear.get(a).path("revenue").path("amount").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(linear.get(b).path("revenue").path("amount").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(linear.get(a).path("wonDeals").decimalValue()).isEqualByComparingTo("0.5");
		Map<String, JsonNode> first = results("FIRST_TOUCH");
		assertThat(first.get(a).path("revenue").path("amount").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(first.get(a).path("roi").decimalValue()).isEqualByComparingTo("3");
		assertThat(first.get(a).path("leads").asLong()).isEqualTo(1);
		assertThat(first.get(a).path("costPerLead").path("amount").decimalValue()).isEqualByComparingTo("250.00");
		assertThat(first.get(a).path("mqls").asLong()).isEqualTo(1);
		assertThat(first.get(a).path("sqls").asLong()).isZero();
		assertThat(first.get(a).path("costPerMql").path("amount").decimalValue()).isEqualByComparingTo("250.00");
		assertThat(first.get(a).path("costPerSql").isNull()).isTrue();
		assertThat(first.get(a).path("costPerWonDeal").path("amount").decimalValue()).isEqualByComparingTo("250.00");
		assertThat(linear.get(a).path("costPerWonDeal").path("amount").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(first.get(b).path("revenue").path("amount").decimalValue()).isZero();
		assertThat(first.get(b).path("roi").isNull()).isTrue();
		assertThat(results("LAST_TOUCH").get(b).path("revenue").path("amount").decimalValue())
			.isEqualByComparingTo("1000.00");
	}

	@Test
	void channelTotalsAreTheSumsOfTheirCampaigns() {
		String id = this.api.post("/api/v1/campaigns", ApiClient.json(campaign(name()))).json().path("id").asString();
		this.api.post("/api/v1/campaigns/" + id + "/costs",
				ApiClient.json(Map.of("spentOn", "2026-12-03", "amount", "1200.00")));
		for (String model : List.of("LINEAR", "W_SHAPED", "TIME_DECAY")) {
			Map<String, BigDecimal[]> sums = new HashMap<>();
			this.api.get("/api/v1/campaigns/results?model=" + model).json().forEach(row -> {
				JsonNode campaign = row.path("campaign");
				BigDecimal[] sum = sums.computeIfAbsent(
						campaign.path("channel").asString() + " " + campaign.path("spent").path("currency").asString(),
						key -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
				sum[0] = sum[0].add(row.path("revenue").path("amount").decimalValue());
				sum[1] = sum[1].add(campaign.path("spent").path("amount").decimalValue());
				sum[2] = sum[2].add(BigDecimal.valueOf(row.path("leads").asLong()));
			});
			JsonNode channels = this.api.get("/api/v1/campaigns/results/channels?model=" + model).json();
			assertThat(channels.size()).isEqualTo(sums.size());
			channels.forEach(row -> {
				BigDecimal[] sum = sums
					.get(row.path("channel").asString() + " " + row.path("spent").path("currency").asString());
				assertThat(row.path("revenue").path("amount").decimalValue()).isEqualByComparingTo(sum[0]);
				assertThat(row.path("spent").path("amount").decimalValue()).isEqualByComparingTo(sum[1]);
				assertThat(row.path("leads").asLong()).isEqualTo(sum[2].longValue());
			});
		}
	}

	Map<String, JsonNode> results(String model) {
		Map<String, JsonNode> byId = new HashMap<>();
		this.api.get("/api/v1/campaigns/results?model=" + model)
			.json()
			.forEach(row -> byId.put(row.path("campaign").path("id").asString(), row));
		return byId;
	}

	@Test
	void theSalesHeadApprovesTheBriefOrSaysWhatToChange() {
		String id = this.api.post("/api/v1/campaigns", ApiClient.json(campaign(name()))).json().path("id").asString();
		assertThat(this.api.get("/api/v1/campaigns/" + id + "/brief").json().path("approval").asString())
			.isEqualTo("NO_BRIEF");
		assertThat(
				this.api.post("/api/v1/campaigns/" + id + "/decision", ApiClient.json(Map.of("decision", "APPROVED")))
					.status())
			.isEqualTo(409);
		Map<String, Object> brief = Map.of("targetSegment", "CFOs of mid-market manufacturers", "offer",
				"A free pipeline audit", "expectedLeads", 200, "talkingPoints", "Ask how they measure the hand-off");
		Answer sent = this.api.put("/api/v1/campaigns/" + id + "/brief", ApiClient.json(brief));
		assertThat(sent.json().path("approval").asString()).isEqualTo("AWAITING");
		Answer silent = this.api.post("/api/v1/campaigns/" + id + "/decision",
				ApiClient.json(Map.of("decision", "CHANGES_REQUESTED")));
		assertThat(silent.field()).isEqualTo("comment");
		Answer changes = this.api.post("/api/v1/campaigns/" + id + "/decision",
				ApiClient.json(Map.of("decision", "CHANGES_REQUESTED", "comment", "Add the offer's deadline")));
		assertThat(changes.json().path("approval").asString()).isEqualTo("CHANGES_REQUESTED");
		assertThat(this.api.get("/api/v1/campaigns/" + id + "/comments").body()).contains("Add the offer's deadline");
		assertThat(this.api.put("/api/v1/campaigns/" + id + "/brief", ApiClient.json(brief))
			.json()
			.path("approval")
			.asString()).isEqualTo("AWAITING");
		Answer approved = this.api.post("/api/v1/campaigns/" + id + "/decision",
				ApiClient.json(Map.of("decision", "APPROVED")));
		assertThat(approved.json().path("approval").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().path("decidedBy").asString()).isNotBlank();
	}

	@Test
	void salesReadsCampaignsButDoesNotRunThem() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserId rep = this.administration.createUser("rep-" + suffix, "Rep", "rep-" + suffix + "@t.test",
				"rep-password-" + suffix, Role.SALES, null, "en");
		ApiClient sales = new ApiClient(this.port, this.tokens.issue("rep", Role.SALES, rep));
		assertThat(sales.get("/api/v1/campaigns").status()).isEqualTo(200);
		assertThat(sales.post("/api/v1/campaigns", ApiClient.json(campaign(name()))).status()).isEqualTo(403);
		String id = this.api.post("/api/v1/campaigns", ApiClient.json(campaign(name()))).json().path("id").asString();
		assertThat(sales
			.post("/api/v1/campaigns/" + id + "/comments",
					ApiClient.json(Map.of("body", "We can bring two reference customers")))
			.status()).isEqualTo(201);
		assertThat(sales.post("/api/v1/campaigns/" + id + "/decision", ApiClient.json(Map.of("decision", "APPROVED")))
			.status()).isEqualTo(403);
	}

}
