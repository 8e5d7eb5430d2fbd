package org.tandem.crm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Answer;
import org.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contacts API as a client sees it, bad input included: every refusal is a problem
 * detail naming the field, and nothing is half-written.
 */
@IntegrationTest
class ContactApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = ApiClient.asAdmin(this.port);
	}

	static Map<String, Object> contact(String email) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("email", email);
		body.put("firstName", "Vera");
		body.put("lastName", "Nikolaeva");
		body.put("phone", "+7 495 123-45-67");
		body.put("sourceChannel", "WEBINAR");
		return body;
	}

	static String uniqueEmail() {
		return "vera." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	long contacts() {
		return this.jdbc.sql("SELECT COUNT(*) FROM crm_contact").query(Long.class).single();
	}

	@Test
	void createsReadsAndListsAContactWithNormalisedValues() {
		String email = uniqueEmail();
		Answer created = this.api.post("/api/v1/contacts", ApiClient.json(contact("  " + email.toUpperCase() + " ")));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asString();
		Answer read = this.api.get("/api/v1/contacts/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("phone").asString()).isEqualTo("+74951234567");
		assertThat(read.json().path("lifecycleStage").asString()).isEqualTo("LEAD");
		Answer list = this.api.get("/api/v1/contacts?q=" + email.substring(0, 13) + "&sort=-created&size=5");
		assertThat(list.json().path("items").get(0).path("id").asString()).isEqualTo(id);
		assertThat(this.api.get("/api/v1/contacts/" + id + "/history").json().get(0).path("action").asString())
			.isEqualTo("CREATED");
		Answer transitions = this.api.get("/api/v1/contacts/" + id + "/transitions");
		assertThat(transitions.json().get(0).path("to").asString()).isEqualTo("LEAD");
	}

	@Test
	void refusesAnInvalidEmailNamingTheField() {
		long before = contacts();
		Answer answer = this.api.post("/api/v1/contacts", ApiClient.json(contact("not-an-email")));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.field()).isEqualTo("email");
		assertThat(answer.body()).contains("\"errors\"");
		assertThat(contacts()).isEqualTo(before);
	}

	@Test
	void refusesAnUnknownEnumValue() {
		Map<String, Object> body = contact(uniqueEmail());
		body.put("sourceChannel", "TELEPATHY");
		Answer answer = this.api.post("/api/v1/contacts", ApiClient.json(body));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.field()).isEqualTo("sourceChannel");
	}

	@Test
	void refusesOverLongText() {
		long before = contacts();
		Map<String, Object> body = contact(uniqueEmail());
		body.put("firstName", "x".repeat(101));
		Answer answer = this.api.post("/api/v1/contacts", ApiClient.json(body));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.field()).isEqualTo("firstName");
		assertThat(contacts()).isEqualTo(before);
	}

	@Test
	void refusesMalformedJsonAndTheWrongContentType() {
		Answer malformed = this.api.post("/api/v1/contacts", "{\"email\": \"a@b.c\", ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.field()).isEqualTo("body");
		Answer wrongType = this.api.send("POST", "/api/v1/contacts", "text/plain", "email=a@b.c");
		assertThat(wrongType.status()).isEqualTo(415);
		assertThat(wrongType.field()).isEqualTo("Content-Type");
	}

	@Test
	void refusesFieldsThatCannotBeSetThisWay() {
		Map<String, Object> body = contact(uniqueEmail());
		body.put("lifecycleStage", "WON");
		Answer answer = this.api.post("/api/v1/contacts", ApiClient.json(body));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.field()).isEqualTo("lifecycleStage");
	}

	@Test
	void answersNotFoundForAnUnknownIdAndBadRequestForAMalformedOne() {
		Answer unknown = this.api.get("/api/v1/contacts/" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.field()).isEqualTo("id");
		Answer malformed = this.api.get("/api/v1/contacts/not-a-uuid");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.field()).isEqualTo("id");
	}

	@Test
	void refusesASecondContactWithTheSameEmailInAnyCase() {
		String email = uniqueEmail();
		assertThat(this.api.post("/api/v1/contacts", ApiClient.json(contact(email))).status()).isEqualTo(201);
		Answer again = this.api.post("/api/v1/contacts", ApiClient.json(contact(email.toUpperCase())));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.field()).isEqualTo("email");
	}

	@Test
	void refusesAStaleVersionAndKeepsTheNewerValues() {
		String id = this.api.post("/api/v1/contacts", ApiClient.json(contact(uniqueEmail())))
			.json()
			.path("id")
			.asString();
		Map<String, Object> first = contact(this.api.get("/api/v1/contacts/" + id).json().path("email").asString());
		first.put("title", "CFO");
		first.put("version", 0);
		assertThat(this.api.put("/api/v1/contacts/" + id, ApiClient.json(first)).status()).isEqualTo(200);
		Map<String, Object> stale = new LinkedHashMap<>(first);
		stale.put("title", "Intern");
		Answer answer = this.api.put("/api/v1/contacts/" + id, ApiClient.json(stale));
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.field()).isEqualTo("version");
		assertThat(this.api.get("/api/v1/contacts/" + id).json().path("title").asString()).isEqualTo("CFO");
	}

	@Test
	void refusesAnUnknownSortKey() {
		Answer answer = this.api.get("/api/v1/contacts?sort=email%3BDROP%20TABLE%20crm_contact");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.field()).isEqualTo("sort");
	}

	@Test
	void answersUnauthorizedWithoutAValidToken() {
		assertThat(new ApiClient(this.port, "").get("/api/v1/contacts").status()).isEqualTo(401);
		assertThat(new ApiClient(this.port, "tdm_wrong").get("/api/v1/contacts").status()).isEqualTo(401);
	}

	@Test
	void erasureRemovesThePersonAndKeepsThemFromComingBack() {
		String email = uniqueEmail();
		String id = this.api.post("/api/v1/contacts", ApiClient.json(contact(email))).json().path("id").asString();
		assertThat(this.api.post("/api/v1/contacts/" + id + "/erase", "").status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/contacts/" + id).status()).isEqualTo(404);
		Answer again = this.api.post("/api/v1/contacts", ApiClient.json(contact(email)));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.field()).isEqualTo("email");
		String audit = this.jdbc
			.sql("SELECT STRING_AGG(COALESCE(new_value, '') || COALESCE(old_value, ''), ' ') "
					+ "FROM crm_audit WHERE record_id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single();
		assertThat(audit).doesNotContain(email);
		assertThat(this.jdbc.sql("SELECT action FROM crm_audit WHERE record_id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.list()).containsExactly("ERASED");
	}

	@Test
	void softDeleteHidesAndRestoreBringsBack() {
		String id = this.api.post("/api/v1/contacts", ApiClient.json(contact(uniqueEmail())))
			.json()
			.path("id")
			.asString();
		assertThat(this.api.delete("/api/v1/contacts/" + id).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/contacts/" + id).json().path("deletedAt").isNull()).isFalse();
		assertThat(this.api.post("/api/v1/contacts/" + id + "/restore", "").json().path("deletedAt").isNull()).isTrue();
	}

	@Test
	void findsLikelyDuplicatesAndMergesThemKeepingBothHistories() {
		Map<String, Object> first = contact(uniqueEmail());
		first.put("phone", "+44 20 7946 0" + (100 + (int) (Math.random() * 800)));
		Map<String, Object> second = contact(uniqueEmail());
		second.put("phone", first.get("phone"));
		second.put("title", "Procurement Lead");
		String survivor = this.api.post("/api/v1/contacts", ApiClient.json(first)).json().path("id").asString();
		String merged = this.api.post("/api/v1/contacts", ApiClient.json(second)).json().path("id").asString();
		this.api.post("/api/v1/activities",
				ApiClient.json(Map.of("type", "CALL", "contact", merged, "subject", "Called about pricing")));
		assertThat(this.api.get("/api/v1/contacts/duplicates").body()).contains(merged);
		Answer result = this.api.post("/api/v1/contacts/merge",
				ApiClient.json(Map.of("survivor", survivor, "merged", merged)));
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.json().path("title").asString()).isEqualTo("Procurement Lead");
		assertThat(this.api.get("/api/v1/contacts/" + merged).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/activities?contact=" + survivor).body()).contains("Called about pricing");
		assertThat(this.api.get("/api/v1/contacts/" + survivor + "/history").body()).contains("MERGED");
	}

}
