package org.tandem.funnel;

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
import org.tandem.identity.Role;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving leads through the funnel over the API: the one table of transitions holds on
 * every path, reasons are required where the table says so, and sales feedback sends
 * rejected leads back to marketing.
 */
@IntegrationTest
class FunnelApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	ApiClient admin;

	@BeforeEach
	void setUp() {
		this.admin = ApiClient.asAdmin(this.port);
	}

	record Person(UserId id, ApiClient api) {
	}

	Person person(Role role) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		UserId id = this.administration.createUser(name, name, name + "@tandem.test", "password-for-" + name, role,
				null, "en");
		return new Person(id, new ApiClient(this.port, this.tokens.issue(name, role, id)));
	}

	String lead(UserId owner) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("email", "lead." + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "firstName",
						"Irina", "lastName", "Belova"));
		if (owner != null) {
			body.put("owner", owner.toString());
		}
		return this.admin.post("/api/v1/contacts", ApiClient.json(body)).json().path("id").asString();
	}

	long transitions(String contact) {
		return this.jdbc.sql("SELECT COUNT(*) FROM funnel_transition WHERE contact_id = ?")
			.param(UUID.fromString(contact))
			.query(Long.class)
			.single();
	}

	Answer move(ApiClient api, String contact, String to, String reason) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("to", to));
		if (reason != null) {
			body.put("reason", reason);
		}
		return api.post("/api/v1/contacts/" + contact + "/transitions", ApiClient.json(body));
	}

	@Test
	void refusesAnIllegalTransitionAndWritesNothing() {
		String contact = lead(null);
		Answer answer = move(this.admin, contact, "WON", null);
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.field()).isEqualTo("to");
		assertThat(transitions(contact)).isEqualTo(1);
		assertThat(this.admin.get("/api/v1/contacts/" + contact).json().path("lifecycleStage").asString())
			.isEqualTo("LEAD");
	}

	@Test
	void recordsEveryMoveWithActorAndReason() {
		String contact = lead(null);
		assertThat(move(this.admin, contact, "MQL", null).status()).isEqualTo(201);
		Answer disqualify = move(this.admin, contact, "DISQUALIFIED", null);
		assertThat(disqualify.status()).isEqualTo(422);
		assertThat(disqualify.field()).isEqualTo("reason");
		assertThat(move(this.admin, contact, "DISQUALIFIED", "NO_SUCH_REASON").field()).isEqualTo("reason");
		assertThat(move(this.admin, contact, "DISQUALIFIED", "SPAM").status()).isEqualTo(201);
		Answer history = this.admin.get("/api/v1/contacts/" + contact + "/transitions");
		assertThat(history.json()).hasSize(3);
		assertThat(history.json().get(2).path("reasonCode").asString()).isEqualTo("SPAM");
		assertThat(history.json().get(2).path("actorKind").asString()).isEqualTo("PERSON");
		assertThat(history.json().get(2).path("actorName").asString()).isEqualTo("Administrator");
	}

	@Test
	void aStaleExpectedStageIsRefused() {
		String contact = lead(null);
		Answer answer = this.admin.post("/api/v1/contacts/" + contact + "/transitions",
				ApiClient.json(Map.of("to", "DISQUALIFIED", "reason", "SPAM", "expected", "MQL")));
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.field()).isEqualTo("version");
	}

	@Test
	void marketingHandsOffButDoesNotDecideForSales() {
		Person marketer = person(Role.MARKETING);
		String contact = lead(null);
		assertThat(move(marketer.api(), contact, "MQL", null).status()).isEqualTo(201);
		Answer answer = move(marketer.api(), contact, "SQL", null);
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.field()).isEqualTo("to");
	}

	@Test
	void aRepRejectsAHandedOffLeadWithAReasonAndItReturnsToMarketing() {
		Person rep = person(Role.SALES);
		String contact = lead(rep.id());
		move(this.admin, contact, "MQL", null);
		Answer withoutReason = rep.api()
			.post("/api/v1/contacts/" + contact + "/feedback", ApiClient.json(Map.of("decision", "REJECT")));
		assertThat(withoutReason.status()).isEqualTo(422);
		assertThat(withoutReason.field()).isEqualTo("reason");
		Answer rejected = rep.api()
			.post("/api/v1/contacts/" + contact + "/feedback",
					ApiClient.json(Map.of("decision", "REJECT", "reason", "NO_BUDGET", "note", "Budget frozen")));
		assertThat(rejected.status()).isEqualTo(201);
		Answer after = this.admin.get("/api/v1/contacts/" + contact);
		assertThat(after.json().path("lifecycleStage").asString()).isEqualTo("RECYCLED");
		assertThat(after.json().path("owner").isNull()).isTrue();
		assertThat(rep.api().get("/api/v1/contacts/" + contact).status()).as("the lead left the rep's hands")
			.isEqualTo(404);
	}

	@Test
	void aRepAcceptsAHandedOffLead() {
		Person rep = person(Role.SALES);
		String contact = lead(rep.id());
		move(this.admin, contact, "MQL", null);
		Answer accepted = rep.api()
			.post("/api/v1/contacts/" + contact + "/feedback", ApiClient.json(Map.of("decision", "ACCEPT")));
		assertThat(accepted.status()).isEqualTo(201);
		assertThat(accepted.json().path("to").asString()).isEqualTo("SQL");
		Answer twice = rep.api()
			.post("/api/v1/contacts/" + contact + "/feedback", ApiClient.json(Map.of("decision", "ACCEPT")));
		assertThat(twice.status()).isEqualTo(409);
	}

	@Test
	void aRepSeesOnlyTheirOwnLeads() {
		Person anna = person(Role.SALES);
		Person ivan = person(Role.SALES);
		String annas = lead(anna.id());
		assertThat(anna.api().get("/api/v1/contacts/" + annas).status()).isEqualTo(200);
		assertThat(ivan.api().get("/api/v1/contacts/" + annas).status()).isEqualTo(404);
		assertThat(ivan.api().get("/api/v1/contacts/" + annas + "/transitions").status()).isEqualTo(404);
		assertThat(ivan.api().get("/api/v1/contacts?size=200").body()).doesNotContain(annas);
		assertThat(move(ivan.api(), annas, "MQL", null).status()).isEqualTo(404);
	}

	@Test
	void leadershipReadsButDoesNotChange() {
		Person elena = person(Role.LEADERSHIP);
		String contact = lead(null);
		assertThat(elena.api().get("/api/v1/contacts/" + contact).status()).isEqualTo(200);
		assertThat(move(elena.api(), contact, "MQL", null).status()).isEqualTo(403);
	}

}
