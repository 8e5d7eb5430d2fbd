package org.tandem.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Answer;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leads arriving over the intake API: retries and twins are one lead, known people are
 * enriched, bad leads in a batch are reported by index, behaviour is stitched to the
 * visitor who identifies and follows them afterwards.
 */
@IntegrationTest
class IntakeApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = ApiClient.asAdmin(this.port);
	}

	static Map<String, Object> lead(String email) {
		Map<String, Object> lead = new HashMap<>();
		lead.put("email", email);
		lead.put("firstName", "Alina");
		lead.put("lastName", "Kovaleva");
		lead.put("company", "Severstal Finance");
		lead.put("companyDomain", "severstal-finance.example");
		lead.put("source", "WEBINAR");
		lead.put("campaign", "Alignment webinar");
		lead.put("consent", true);
		return lead;
	}

	static String email() {
		return "alina." + UUID.randomUUID().toString().substring(0, 8) + "@severstal-finance.example";
	}

	long contactsWith(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM crm_contact WHERE email_normalized = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	long activitiesOf(String contact) {
		return this.jdbc.sql("SELECT COUNT(*) FROM crm_activity WHERE contact_id = ?")
			.param(UUID.fromString(contact))
			.query(Long.class)
			.single();
	}

	@Test
	void aNewPersonIsCreatedAndAKnownOneEnrichedNeverDuplicated() {
		String email = email();
		Answer first = this.api.post("/api/v1/intake/leads", ApiClient.json(lead(email)));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("outcome").asString()).isEqualTo("CREATED");
		String contact = first.json().path("contact").asString();
		Map<String, Object> again = lead(email.toUpperCase());
		again.put("phone", "+7 812 555-12-34");
		Answer second = this.api.post("/api/v1/intake/leads", ApiClient.json(again));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().path("outcome").asString()).isEqualTo("UPDATED");
		assertThat(second.json().path("contact").asString()).isEqualTo(contact);
		assertThat(contactsWith(email)).isEqualTo(1);
		assertThat(activitiesOf(contact)).isEqualTo(2);
		Answer read = this.api.get("/api/v1/contacts/" + contact);
		assertThat(read.json().path("phone").asString()).isEqualTo("+78125551234");
		assertThat(read.json().path("accountName").asString()).isEqualTo("Severstal Finance");
		assertThat(read.json().path("consent").path("email").asBoolean()).isTrue();
	}

	@Test
	void theSourcesOwnIdMakesARetryTheSameLead() {
		Map<String, Object> lead = lead(email());
		lead.put("externalId", "fb-" + UUID.randomUUID());
		String contact = this.api.post("/api/v1/intake/leads", ApiClient.json(lead)).json().path("contact").asString();
		Answer retry = this.api.post("/api/v1/intake/leads", ApiClient.json(lead));
		assertThat(retry.json().path("outcome").asString()).isEqualTo("DUPLICATE");
		assertThat(retry.json().path("contact").asString()).isEqualTo(contact);
		assertThat(activitiesOf(contact)).isEqualTo(1);
	}

	@Test
	void anIdempotencyKeyReplaysTheAnswerAndRefusesAnotherBody() {
		String key = UUID.randomUUID().toString();
		String body = ApiClient.json(lead(email()));
		Answer first = this.api.sendWith("POST", "/api/v1/intake/leads", body, "Idempotency-Key", key);
		Answer replay = this.api.sendWith("POST", "/api/v1/intake/leads", body, "Idempotency-Key", key);
		assertThat(replay.status()).isEqualTo(first.status()).isEqualTo(201);
		assertThat(replay.body()).isEqualTo(first.body());
		Answer other = this.api.sendWith("POST", "/api/v1/intake/leads", ApiClient.json(lead(email())),
				"Idempotency-Key", key);
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.field()).isEqualTo("Idempotency-Key");
	}

	@Test
	void aHundredParallelIdenticalSubmissionsAreOneLead() throws Exception {
		String email = email();
		String body = ApiClient.json(lead(email));
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Callable<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			boolean withKey = i % 2 == 0;
			calls.add(() -> withKey
					? this.api.sendWith("POST", "/api/v1/intake/leads", body, "Idempotency-Key", key).status()
					: this.api.post("/api/v1/intake/leads", body).status());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : pool.invokeAll(calls)) {
			statuses.add(result.get());
		}
		pool.shutdown();
		assertThat(statuses).allMatch(status -> status == 200 || status == 201 || status == 409);
		assertThat(statuses).filteredOn(status -> status == 201).isNotEmpty();
		assertThat(contactsWith(email)).isEqualTo(1);
	}

	@Test
	void aBatchReportsBadLeadsByIndexAndKeepsTheGoodOnes() {
		String good = email();
		Map<String, Object> bad = lead("not an email");
		Map<String, Object> tooLong = lead(email());
		tooLong.put("message", "x".repeat(5001));
		Answer answer = this.api.post("/api/v1/intake/leads/batch",
				ApiClient.json(Map.of("leads", List.of(lead(good), bad, tooLong))));
		assertThat(answer.status()).isEqualTo(200);
		var results = answer.json().path("results");
		assertThat(results.get(0).path("status").asInt()).isEqualTo(201);
		assertThat(results.get(1).path("status").asInt()).isEqualTo(400);
		assertThat(results.get(1).path("errors").get(0).path("field").asString()).isEqualTo("email");
		assertThat(results.get(2).path("errors").get(0).path("field").asString()).isEqualTo("message");
		assertThat(contactsWith(good)).isEqualTo(1);
	}

	@Test
	void aLeadRefusedInsideAGroupCommitCostsTheOthersNothing() {
		// one company, so all go to one committer and, sent together, into one group
		String erased = email();
		String id = this.api.post("/api/v1/intake/leads", ApiClient.json(lead(erased)))
			.json()
			.path("contact")
			.asString();
		assertThat(this.api.post("/api/v1/contacts/" + id + "/erase", "").status()).isEqualTo(204);
		List<Map<String, Object>> leads = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			leads.add(lead(i == 17 ? erased : email()));
		}
		Answer answer = this.api.post("/api/v1/intake/leads/batch", ApiClient.json(Map.of("leads", leads)));
		var results = answer.json().path("results");
		for (int i = 0; i < 40; i++) {
			String email = (String) leads.get(i).get("email");
			if (i == 17) {
				assertThat(results.get(i).path("status").asInt()).isEqualTo(400);
				assertThat(results.get(i).path("errors").get(0).path("field").asString()).isEqualTo("email");
				assertThat(contactsWith(email)).isZero();
			}
			else {
				assertThat(results.get(i).path("status").asInt()).as("lead %d", i).isEqualTo(201);
				assertThat(contactsWith(email)).isOne();
				assertThat(this.jdbc
					.sql("SELECT COUNT(*) FROM scoring_score s JOIN crm_contact c ON c.id = s.contact_id "
							+ "WHERE c.email_normalized = ?")
					.param(email)
					.query(Long.class)
					.single()).as("scored before the answer").isOne();
			}
		}
	}

	@Test
	void anonymousBehaviourIsStitchedWhenTheVisitorIdentifies() throws Exception {
		String visitor = "v-" + UUID.randomUUID();
		Answer pricing = this.api.post("/api/v1/intake/events",
				ApiClient.json(Map.of("type", "PRICING_VIEW", "visitorId", visitor, "url", "/pricing")));
		assertThat(pricing.status()).isEqualTo(202);
		this.api.post("/api/v1/intake/events",
				ApiClient.json(Map.of("type", "CONTENT_DOWNLOAD", "visitorId", visitor, "url", "/whitepaper.pdf")));
		Map<String, Object> lead = lead(email());
		lead.put("visitorId", visitor);
		String contact = this.api.post("/api/v1/intake/leads", ApiClient.json(lead)).json().path("contact").asString();
		String timeline = this.api.get("/api/v1/activities?contact=" + contact).body();
		assertThat(timeline).contains("Pricing view /pricing", "Content download /whitepaper.pdf");
		Answer later = this.api.post("/api/v1/intake/events",
				ApiClient.json(Map.of("type", "WEBINAR_ATTENDED", "email", lead.get("email"))));
		assertThat(later.json().path("contact").asString()).isEqualTo(contact);
		// the identified visitor browses on, as the tracking snippet reports it: no email
		Answer anonymous = this.api.post("/api/v1/intake/events",
				ApiClient.json(Map.of("type", "PAGE_VIEW", "visitorId", visitor, "url", "/case-studies")));
		assertThat(anonymous.json().path("contact").asString()).isEqualTo(contact);
		assertThat(this.api.get("/api/v1/activities?contact=" + contact).body()).contains("Page view /case-studies",
				"Submission: Webinar, Alignment webinar");
		String dossier = WebSession.admin(this.port).get("/contacts/" + contact + "?lang=ru");
		assertThat(dossier.substring(dossier.indexOf("id=\"timeline\"")))
			.as("what Tandem wrote on the timeline, in the page's language")
			.contains("Просмотр цен /pricing", "Скачан материал /whitepaper.pdf", "Просмотр страницы /case-studies",
					"Заявка: Вебинар, Alignment webinar", " г., ")
			.doesNotContain("Pricing view", "Submission:");
		Answer nobody = this.api.post("/api/v1/intake/events", ApiClient.json(Map.of("type", "PAGE_VIEW")));
		assertThat(nobody.status()).isEqualTo(422);
		assertThat(nobody.field()).isEqualTo("email");
	}

	@Test
	void anEmailBecomesALeadWithItsTextOnTheTimelineOnceEvenIfDeliveredTwice() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String message = String.join("\r\n", "From: \"Pyotr Ilyin\" <pyotr." + id + "@steel.example>",
				"To: sales@tandem.example", "Subject: Pricing for 40 seats", "Message-ID: <" + id + "@steel.example>",
				"MIME-Version: 1.0", "Content-Type: multipart/alternative; boundary=\"b1\"", "", "--b1",
				"Content-Type: text/plain; charset=UTF-8", "", "Could you send a quote for 40 seats?", "--b1",
				"Content-Type: text/html; charset=UTF-8", "", "<p>Could you send a <b>quote</b>?</p>", "--b1--", "");
		Answer created = this.api.send("POST", "/api/v1/intake/email", "message/rfc822", message);
		assertThat(created.status()).isEqualTo(201);
		String contact = created.json().path("contact").asString();
		var person = this.api.get("/api/v1/contacts/" + contact).json();
		assertThat(person.path("firstName").asString()).isEqualTo("Pyotr");
		assertThat(person.path("lastName").asString()).isEqualTo("Ilyin");
		assertThat(person.path("sourceChannel").asString()).isEqualTo("EMAIL");
		assertThat(this.api.get("/api/v1/activities?contact=" + contact).body()).contains("\"type\":\"EMAIL\"",
				"Pricing for 40 seats", "Could you send a quote for 40 seats?");
		Answer again = this.api.send("POST", "/api/v1/intake/email", "message/rfc822", message);
		assertThat(again.json().path("outcome").asString()).isEqualTo("DUPLICATE");
		Answer anonymous = this.api.send("POST", "/api/v1/intake/email", "message/rfc822",
				"Subject: no sender\r\n\r\nhello");
		assertThat(anonymous.status()).isEqualTo(422);
		assertThat(anonymous.field()).isEqualTo("from");
	}

	@Test
	void hostileInputGetsAClearRefusalAndNothingHalfStored() {
		Map<String, Object> script = lead(email());
		script.put("firstName", "<script>alert(1)</script>");
		Answer stored = this.api.post("/api/v1/intake/leads", ApiClient.json(script));
		assertThat(stored.status()).isEqualTo(201);
		Map<String, Object> huge = lead(email());
		huge.put("message", "x".repeat(1_000_000));
		assertThat(this.api.post("/api/v1/intake/leads", ApiClient.json(huge)).status()).isEqualTo(400);
		assertThat(contactsWith((String) huge.get("email"))).isZero();
		Map<String, Object> unknown = lead(email());
		unknown.put("owner", UUID.randomUUID().toString());
		Answer mass = this.api.post("/api/v1/intake/leads", ApiClient.json(unknown));
		assertThat(mass.status()).isEqualTo(400);
		assertThat(mass.field()).isEqualTo("owner");
		assertThat(this.api.send("POST", "/api/v1/intake/leads", "text/plain", "email=x").status()).isEqualTo(415);
	}

}
