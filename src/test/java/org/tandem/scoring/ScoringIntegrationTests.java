package org.tandem.scoring;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Answer;
import org.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A lead arrives, behaves, is scored with an explanation, and crosses the MQL threshold:
 * the funnel then shows a system transition to MQL that names the score.
 */
@IntegrationTest
class ScoringIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = ApiClient.asAdmin(this.port);
	}

	String submit(String email, String title) {
		Map<String, Object> lead = new HashMap<>(Map.of("email", email, "firstName", "Daria", "lastName", "Sokolova",
				"source", "WEBINAR", "title", title, "consent", true));
		return this.api.post("/api/v1/intake/leads", ApiClient.json(lead)).json().path("contact").asString();
	}

	void event(String email, String type) {
		assertThat(
				this.api.post("/api/v1/intake/events", ApiClient.json(Map.of("type", type, "email", email))).status())
			.isEqualTo(202);
	}

	@Test
	void aScoreCrossingTheThresholdMakesTheLeadAnMqlWithTheReason() {
		String email = "daria." + UUID.randomUUID().toString().substring(0, 8) + "@bank.example";
		String contact = submit(email, "Head of Treasury");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.api.get("/api/v1/contacts/" + contact + "/score").status()).isEqualTo(200));
		assertThat(this.api.get("/api/v1/contacts/" + contact + "/score").json().path("points").asInt()).isEqualTo(20);
		event(email, "WEBINAR_ATTENDED");
		event(email, "PRICING_VIEW");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.api.get("/api/v1/contacts/" + contact).json().path("lifecycleStage").asString())
				.isEqualTo("MQL"));
		Answer score = this.api.get("/api/v1/contacts/" + contact + "/score");
		assertThat(score.json().path("points").asInt()).isGreaterThanOrEqualTo(50);
		assertThat(score.body()).contains("Decision-making title", "Attended a webinar", "Visited the pricing page");
		var transitions = this.api.get("/api/v1/contacts/" + contact + "/transitions").json();
		var last = transitions.get(transitions.size() - 1);
		assertThat(last.path("to").asString()).isEqualTo("MQL");
		assertThat(last.path("actorKind").asString()).isEqualTo("SYSTEM");
		assertThat(last.path("note").asString()).startsWith("Score ").contains("MQL threshold 50");
	}

	@Test
	void aFreeMailLeadWithoutEngagementStaysALead() {
		String email = "someone." + UUID.randomUUID().toString().substring(0, 8) + "@gmail.com";
		String contact = submit(email, "Student");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.api.get("/api/v1/contacts/" + contact + "/score").status()).isEqualTo(200));
		Answer score = this.api.get("/api/v1/contacts/" + contact + "/score");
		assertThat(score.json().path("points").asInt()).isEqualTo(-15);
		assertThat(score.body()).contains("Free-mail address");
		assertThat(this.api.get("/api/v1/contacts/" + contact).json().path("lifecycleStage").asString())
			.isEqualTo("LEAD");
	}

	@Test
	void theModelRefusesRulesThatMakeNoSense() {
		Answer noBehaviour = this.api.post("/api/v1/scoring/rules",
				ApiClient.json(Map.of("kind", "ENGAGEMENT", "label", "Counts nothing", "points", 5)));
		assertThat(noBehaviour.status()).isEqualTo(422);
		assertThat(noBehaviour.field()).isEqualTo("eventType");
		Answer positiveNegative = this.api.post("/api/v1/scoring/rules", ApiClient.json(Map.of("kind", "NEGATIVE",
				"label", "Backwards", "attribute", "TITLE", "operator", "CONTAINS", "value", "intern", "points", 5)));
		assertThat(positiveNegative.field()).isEqualTo("points");
		Answer unknownOperator = this.api.post("/api/v1/scoring/rules", ApiClient.json(Map.of("kind", "FIT", "label",
				"Script", "attribute", "TITLE", "operator", "SPEL", "value", "T(java.lang.Runtime)", "points", 5)));
		assertThat(unknownOperator.status()).isEqualTo(400);
		assertThat(unknownOperator.field()).isEqualTo("operator");
		Answer created = this.api.post("/api/v1/scoring/rules", ApiClient.json(Map.of("kind", "FIT", "label",
				"Insurance", "attribute", "INDUSTRY", "operator", "ONE_OF", "value", "insurance", "points", 5)));
		assertThat(created.status()).isEqualTo(201);
		assertThat(this.api.delete("/api/v1/scoring/rules/" + created.json().path("id").asString()).status())
			.isEqualTo(204);
	}

}
