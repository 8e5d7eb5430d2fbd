package org.tandem.crm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Answer;
import org.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deals and pipelines over the API: money in its currency's scale, stages from the deal's
 * own pipeline, pipelines editable by an admin without losing their deals.
 */
@IntegrationTest
class DealApiIntegrationTests {

	/** The pipeline every installation starts with. */
	static final String SALES_PIPELINE = "00000000-0000-0000-0000-00000000a001";

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = ApiClient.asAdmin(this.port);
	}

	Map<String, Object> deal(String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("pipeline", SALES_PIPELINE);
		body.put("amount", "12500.50");
		body.put("currency", "eur");
		return body;
	}

	@Test
	void createsADealInThePipelinesFirstStageAndClosesItWhenWon() {
		Answer created = this.api.post("/api/v1/deals", ApiClient.json(deal("Platform licence")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("stageName").asString()).isEqualTo("Discovery");
		assertThat(created.json().path("value").path("currency").asString()).isEqualTo("EUR");
		assertThat(created.json().path("closedAt").isNull()).isTrue();
		String id = created.json().path("id").asString();
		Map<String, Object> won = deal("Platform licence");
		won.put("stage", "00000000-0000-0000-0000-00000000b004");
		won.put("version", created.json().path("version").asLong());
		Answer updated = this.api.put("/api/v1/deals/" + id, ApiClient.json(won));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("outcome").asString()).isEqualTo("WON");
		assertThat(updated.json().path("closedAt").isNull()).isFalse();
		assertThat(this.api.get("/api/v1/deals/" + id + "/history").body()).contains("\"field\":\"stage\"");
	}

	@Test
	void refusesBadMoneyAndForeignStages() {
		Map<String, Object> badCurrency = deal("Bad currency");
		badCurrency.put("currency", "EURO");
		assertThat(this.api.post("/api/v1/deals", ApiClient.json(badCurrency)).field()).isEqualTo("currency");
		Map<String, Object> negative = deal("Negative");
		negative.put("amount", "-1");
		assertThat(this.api.post("/api/v1/deals", ApiClient.json(negative)).field()).isEqualTo("amount");
		Map<String, Object> tooPrecise = deal("Too precise");
		tooPrecise.put("amount", "1.005");
		assertThat(this.api.post("/api/v1/deals", ApiClient.json(tooPrecise)).field()).isEqualTo("amount");
		Map<String, Object> foreignStage = deal("Foreign stage");
		foreignStage.put("stage", java.util.UUID.randomUUID().toString());
		Answer answer = this.api.post("/api/v1/deals", ApiClient.json(foreignStage));
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.field()).isEqualTo("stage");
	}

	@Test
	void anAdminEditsAPipelineAndItsStagesKeepTheirIds() {
		Map<String, Object> pipeline = Map.of("name", "Partners " + System.nanoTime(), "stages",
				List.of(Map.of("name", "Intro", "probability", 10, "outcome", "OPEN"),
						Map.of("name", "Signed", "probability", 100, "outcome", "WON")),
				"version", 0);
		Answer created = this.api.post("/api/v1/pipelines", ApiClient.json(pipeline));
		assertThat(created.status()).isEqualTo(201);
		String intro = created.json().path("stages").get(0).path("id").asString();
		Map<String, Object> renamed = Map.of("name", pipeline.get("name"), "stages",
				List.of(Map.of("id", intro, "name", "Introduction", "probability", 15, "outcome", "OPEN"),
						Map.of("name", "Signed", "probability", 100, "outcome", "WON")),
				"version", created.json().path("version").asLong());
		Answer changed = this.api.put("/api/v1/pipelines/" + created.json().path("id").asString(),
				ApiClient.json(renamed));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("stages").get(0).path("id").asString()).isEqualTo(intro);
		assertThat(changed.json().path("stages").get(0).path("probability").asInt()).isEqualTo(15);
		Answer badOutcome = this.api.post("/api/v1/pipelines", ApiClient.json(Map.of("name", "Broken", "stages",
				List.of(Map.of("name", "A", "probability", 10, "outcome", "MAYBE")), "version", 0)));
		assertThat(badOutcome.status()).isEqualTo(422);
		assertThat(badOutcome.field()).isEqualTo("stages.outcome");
	}

}
