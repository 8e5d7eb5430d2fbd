package org.tandem.campaigns;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Answer;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.identity.Role;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What marketing gives sales and sales gives back: a rep proposes a campaign and
 * marketing makes it one; a campaign launches only with a brief and then shows sales what
 * is coming; the materials library suggests what fits a lead, records what a rep sends
 * (on the lead's timeline too) and follows how the recipients go on.
 */
@IntegrationTest
class SalesKitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRepProposesMarketingTakesItUpAndItsLaunchTellsSalesWhatIsComing() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		WebSession rep = person("rep-" + suffix, Role.SALES);
		WebSession marketer = person("mkt-" + suffix, Role.MARKETING);
		String name = "Customer stories " + suffix;
		HttpResponse<String> proposed = rep.submit("/campaigns/proposals", "/campaigns/proposals",
				"name=" + name.replace(' ', '+') + "&channel=WEBINAR&targetSegment=Manufacturers"
						+ "&rationale=Prospects+ask+for+references&startsOn=");
		assertThat(proposed.statusCode()).isEqualTo(302);
		UUID proposal = this.jdbc.sql("SELECT id FROM campaigns_proposal WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();
		assertThat(rep.submit("/campaigns/proposals", "/campaigns/proposals/" + proposal + "/accept", "").statusCode())
			.as("a rep cannot take up proposals")
			.isEqualTo(403);
		HttpResponse<String> accepted = marketer.submit("/campaigns/proposals",
				"/campaigns/proposals/" + proposal + "/accept", "");
		assertThat(accepted.statusCode()).isEqualTo(302);
		String campaign = accepted.headers().firstValue("Location").orElseThrow().replaceAll(".*/campaigns/", "");
		assertThat(rep.get("/campaigns/proposals")).contains(name, "/campaigns/" + campaign);
		assertThat(marketer
			.submit("/campaigns/proposals", "/campaigns/proposals/" + proposal + "/decline", "note=too+late")
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT status FROM campaigns_proposal WHERE id = ?")
			.param(proposal)
			.query(String.class)
			.single()).as("an answered proposal stays answered").isEqualTo("ACCEPTED");

		ApiClient api = ApiClient.asAdmin(this.port);
		Answer early = api.post("/api/v1/campaigns/" + campaign + "/launch", "{}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.field()).isEqualTo("brief");
		assertThat(api
			.put("/api/v1/campaigns/" + campaign + "/brief",
					ApiClient.json(Map.of("targetSegment", "Operations directors", "offer", "A plant visit <b>free</b>",
							"expectedLeads", 40, "talkingPoints", "Ask about their suppliers")))
			.status()).isEqualTo(200);
		assertThat(rep.get("/campaigns")).doesNotContain("A plant visit");
		assertThat(api.post("/api/v1/campaigns/" + campaign + "/launch", "{}").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/campaigns/" + campaign + "/launch", "{}").status()).isEqualTo(409);
		String calendar = rep.get("/campaigns");
		assertThat(calendar).contains("Coming to sales", name, "A plant visit &lt;b&gt;free&lt;/b&gt;",
				"Ask about their suppliers");
	}

	@Test
	void materialsThatFitALeadAreSuggestedSentAndFollowed() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ApiClient api = ApiClient.asAdmin(this.port);
		String campaign = "Materials fixture " + suffix;
		String lead = lead(api, "lea-" + suffix, campaign);
		String fitting = material(api, "Webinar follow-up " + suffix, "EMAIL_TEMPLATE", null, "LEAD", campaign);
		String general = material(api, "Overview <script>alert(1)</script> " + suffix, "DECK",
				"https://files.example.com/overview.pdf", null, null);
		String later = material(api, "Pricing " + suffix, "PRICE_SHEET", "https://files.example.com/p.pdf", "SQL",
				null);
		Answer unsafe = api.post("/api/v1/materials",
				ApiClient.json(Map.of("title", "Bad link " + suffix, "kind", "OTHER", "link", "javascript:alert(1)")));
		assertThat(unsafe.status()).isEqualTo(422);
		assertThat(unsafe.field()).isEqualTo("link");

		JsonNode suggestions = api.get("/api/v1/materials/suggestions?contact=" + lead).json();
		List<String> suggested = new java.util.ArrayList<>();
		suggestions.forEach(fit -> suggested.add(fit.path("material").path("id").asString()));
		assertThat(suggested).contains(fitting, general).doesNotContain(later);
		assertThat(suggested.indexOf(fitting)).as("the more specific piece first")
			.isLessThan(suggested.indexOf(general));

		WebSession admin = WebSession.admin(this.port);
		String section = admin.get("/materials/for/" + lead);
		assertThat(section).contains("Webinar follow-up " + suffix, "&lt;script&gt;").doesNotContain("<script>alert");
		HttpResponse<String> sent = admin.submit("/contacts/" + lead, "/materials/" + fitting + "/sends",
				"contact=" + lead);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/contacts/" + lead);
		assertThat(api.get("/api/v1/activities?contact=" + lead).body()).contains("Sent: Webinar follow-up " + suffix);

		WebSession stranger = person("stranger-" + suffix, Role.SALES);
		assertThat(stranger.submit("/materials", "/materials/" + fitting + "/sends", "contact=" + lead).statusCode())
			.as("a rep cannot log a send to someone else's lead")
			.isEqualTo(404);
		assertThat(stranger.submit("/materials", "/materials", "title=Mine&kind=DECK&link=https://x.example.com")
			.statusCode()).as("only marketing and the heads file materials").isEqualTo(403);

		Map<String, Object> move = new HashMap<>();
		move.put("to", "MQL");
		assertThat(api.post("/api/v1/contacts/" + lead + "/transitions", ApiClient.json(move)).status())
			.isLessThan(300);
		JsonNode use = null;
		for (JsonNode candidate : api.get("/api/v1/materials").json()) {
			if (candidate.path("material").path("id").asString().equals(fitting)) {
				use = candidate;
			}
		}
		assertThat(use).isNotNull();
		assertThat(use.path("sends").asLong()).isEqualTo(1);
		assertThat(use.path("recipients").asLong()).isEqualTo(1);
		assertThat(use.path("advanced").asLong()).as("the lead became an MQL after it got the piece").isEqualTo(1);
		assertThat(use.path("won").asLong()).isZero();
		assertThat(use.path("reps").toString()).contains("Administrator");
		assertThat(admin.get("/materials")).contains("Webinar follow-up " + suffix, "&lt;script&gt;");
	}

	private WebSession person(String username, Role role) throws Exception {
		this.administration.createUser(username, "Person " + username, username + "@t.test", "password-" + username,
				role, null, "en");
		return new WebSession(this.port, username, "password-" + username);
	}

	private static String lead(ApiClient api, String name, String campaign) {
		Map<String, Object> lead = new HashMap<>();
		lead.put("email", name + "@example.org");
		lead.put("firstName", name);
		lead.put("lastName", "Fixture");
		lead.put("source", "WEBINAR");
		lead.put("campaign", campaign);
		lead.put("consent", false);
		Answer answer = api.post("/api/v1/intake/leads", ApiClient.json(lead));
		assertThat(answer.status()).isEqualTo(201);
		return answer.json().path("contact").asString();
	}

	private static String material(ApiClient api, String title, String kind, String link, String stage,
			String campaignName) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("title", title);
		draft.put("kind", kind);
		draft.put("link", link);
		draft.put("body", link == null ? "Hello, thank you for joining." : null);
		draft.put("stage", stage);
		if (campaignName != null) {
			Map<String, Object> campaign = new HashMap<>();
			campaign.put("name", campaignName);
			campaign.put("channel", "WEBINAR");
			campaign.put("startsOn", "2026-01-01");
			campaign.put("currency", "EUR");
			Answer created = api.post("/api/v1/campaigns", ApiClient.json(campaign));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			draft.put("campaign", created.json().path("id").asString());
		}
		Answer created = api.post("/api/v1/materials", ApiClient.json(draft));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

}
