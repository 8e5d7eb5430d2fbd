package org.tandem.intake;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public form as a browser (or a bot) posts it: no login, no CSRF token, a honeypot,
 * a limit per address, and nothing stored from a refused submission.
 */
@IntegrationTest
class HostedFormIntegrationTests {

	/** The name of the built-in demo request form, at /f/demo. */
	static final String FORM_NAME = "Request a demo";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> post(Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/f/demo"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static Map<String, String> visitor(String email) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("firstName", "Lev");
		fields.put("lastName", "Gromov");
		fields.put("company", "Gromov Logistics");
		fields.put("consent", "true");
		return fields;
	}

	long contactsWith(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM crm_contact WHERE email_normalized = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	static String email() {
		return "lev." + UUID.randomUUID().toString().substring(0, 8) + "@gromov.example";
	}

	@Test
	void aVisitorSubmitsWithoutLoginAndBecomesALeadWithConsent() throws Exception {
		String email = email();
		HttpResponse<String> response = post(visitor(email));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("We will call you");
		assertThat(contactsWith(email)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT source_channel || ' / ' || source_form FROM crm_contact WHERE email_normalized = ?")
			.param(email)
			.query(String.class)
			.single()).as("channel and form, for the lead-quality report").isEqualTo("DEMO_REQUEST / " + FORM_NAME);
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/f/demo")).build(),
					HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("Content-Security-Policy")
			.orElse("")).contains("frame-ancestors *");
	}

	@Test
	void aBotFillingTheHoneypotIsThankedAndForgotten() throws Exception {
		String email = email();
		Map<String, String> bot = visitor(email);
		bot.put("website", "http://spam.example");
		assertThat(post(bot).statusCode()).isEqualTo(200);
		assertThat(contactsWith(email)).isZero();
	}

	@Test
	void badInputIsShownBackAndNothingIsStored() throws Exception {
		String email = email();
		Map<String, String> huge = visitor(email);
		huge.put("message", "x".repeat(1_000_000));
		huge.put("firstName", "<script>alert('x')</script>");
		HttpResponse<String> response = post(huge);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
		assertThat(contactsWith(email)).isZero();
		Map<String, String> badEmail = visitor("not-an-email");
		assertThat(post(badEmail).statusCode()).isEqualTo(400);
	}

	@Test
	void anAddressThatSubmitsTooOftenIsToldToWait() throws Exception {
		int status = 0;
		HttpResponse<String> last = null;
		for (int i = 0; i < 40 && status != 429; i++) {
			last = post(visitor(email()));
			status = last.statusCode();
		}
		assertThat(status).isEqualTo(429);
		assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElse("0"))).isPositive();
	}

	@Test
	void theTrackingSnippetsVisitsJoinThePersonWhenTheyFillInAForm() throws Exception {
		HttpResponse<String> script = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/t.js")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("application/javascript");
		assertThat(script.body()).contains("sendBeacon", "/t/e");
		String vid = "v-" + UUID.randomUUID();
		assertThat(beacon("{\"vid\":\"" + vid + "\",\"type\":\"PRICING_VIEW\",\"url\":\"/pricing\"}")).isEqualTo(204);
		assertThat(beacon("{\"vid\":\"" + vid + "\",\"type\":\"EMAIL_CLICK\"}")).as("not an anonymous kind")
			.isEqualTo(400);
		assertThat(beacon("not json")).isEqualTo(400);
		String email = email();
		Map<String, String> fields = visitor(email);
		fields.put("vid", vid);
		assertThat(post(fields).statusCode()).isEqualTo(200);
		String contact = this.jdbc.sql("SELECT id FROM crm_contact WHERE email_normalized = ?")
			.param(email)
			.query(String.class)
			.single();
		assertThat(ApiClient.asAdmin(this.port).get("/api/v1/activities?contact=" + contact).body())
			.contains("Pricing view /pricing");
	}

	int beacon(String body) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/t/e"))
				.header("Content-Type", "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@Test
	void anUnknownFormIsNotFound() throws Exception {
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/f/nope")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(404);
		assertThat(new ApiClient(this.port, "").get("/forms").status()).isEqualTo(302);
	}

}
