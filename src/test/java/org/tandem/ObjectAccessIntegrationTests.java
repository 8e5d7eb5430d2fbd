package org.tandem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.identity.Role;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record by record, not only route by route: a rep reaches another rep's lead by none of
 * its ids (the contact, its notes, its comments, the shared company's timeline, the
 * pages), and a token does only what its role may.
 */
@IntegrationTest
class ObjectAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApiTokens tokens;

	@Test
	void aRepReachesNothingOfAnotherRepsLead() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ApiClient owner = rep("owner-" + suffix);
		ApiClient other = rep("other-" + suffix);
		String account = ApiClient.asAdmin(this.port)
			.post("/api/v1/accounts", ApiClient.json(Map.of("name", "Shared Co " + suffix)))
			.json()
			.path("id")
			.asString();
		ApiClient.Answer created = owner.post("/api/v1/contacts",
				ApiClient.json(Map.of("email", "private-" + suffix + "@t.test", "firstName", "Private", "lastName",
						"Lead " + suffix, "account", account)));
		assertThat(created.status()).isEqualTo(201);
		String contact = created.json().path("id").asString();
		assertThat(owner
			.post("/api/v1/activities", ApiClient.json(Map.of("type", "NOTE", "contact", contact, "account", account,
					"subject", "private note " + suffix, "body", "budget is 40k")))
			.status()).isEqualTo(201);
		assertThat(owner.post("/api/v1/comments/CONTACT/" + contact, ApiClient.json(Map.of("body", "call " + suffix)))
			.status()).isEqualTo(201);

		assertThat(other.get("/api/v1/contacts/" + contact).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/activities?contact=" + contact).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/comments/CONTACT/" + contact).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/contacts/" + contact + "/history").status()).isEqualTo(404);
		assertThat(other
			.put("/api/v1/contacts/" + contact,
					ApiClient.json(Map.of("email", "taken-" + suffix + "@t.test", "firstName", "Taken", "lastName",
							"Over", "version", 0)))
			.status()).isEqualTo(404);
		assertThat(other.get("/api/v1/contacts?q=" + suffix).body()).doesNotContain(contact);
		ApiClient.Answer companyTimeline = other.get("/api/v1/activities?account=" + account);
		assertThat(companyTimeline.status()).isEqualTo(200);
		assertThat(companyTimeline.body()).doesNotContain("private note " + suffix);
		assertThat(owner.get("/api/v1/activities?account=" + account).body()).contains("private note " + suffix);

		WebSession otherBrowser = new WebSession(this.port, "other-" + suffix, "object-password-1");
		assertThat(otherBrowser.answer("/contacts/" + contact).statusCode()).isEqualTo(404);
		assertThat(otherBrowser.get("/accounts/" + account)).doesNotContain("private note " + suffix);
	}

	@Test
	void aTokenDoesOnlyWhatItsRoleMay() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ApiClient sales = rep("token-" + suffix);
		assertThat(sales.post("/api/v1/scoring/rules", ApiClient.json(Map.of("kind", "FIT", "label", "x"))).status())
			.isEqualTo(403);
		assertThat(sales.post("/api/v1/users", ApiClient.json(Map.of("username", "made-" + suffix))).status())
			.isEqualTo(403);
		assertThat(sales.post("/api/v1/intake/leads", ApiClient.json(Map.of("email", "x@t.test"))).status())
			.isEqualTo(403);
	}

	private ApiClient rep(String username) {
		UserId rep = this.administration.createUser(username, "Rep " + username, username + "@t.test",
				"object-password-1", Role.SALES, null, "en");
		return new ApiClient(this.port, this.tokens.issue(username, Role.SALES, rep));
	}

}
