package org.tandem.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down, and every page carries the headers that keep it from
 * being framed, sniffed or downgraded.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Test
	void fiveFailedLoginsBlockTheNameEvenWithTheRightPassword() throws Exception {
		this.administration.createUser("guessed", "Guessed", "guessed@t.test", "the-right-password-1", Role.SALES, null,
				"en");
		this.administration.createUser("bystander", "Bystander", "bystander@t.test", "the-right-password-2", Role.SALES,
				null, "en");
		for (int i = 0; i < 5; i++) {
			assertThat(login("guessed", "wrong-" + i, "10.0.0.1").headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}
		HttpResponse<String> blocked = login("guessed", "the-right-password-1", "10.0.0.2");
		assertThat(blocked.headers().firstValue("Location").orElseThrow()).contains("/login?blocked=15");
		assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
		assertThat(
				login("bystander", "the-right-password-2", "10.0.0.1").headers().firstValue("Location").orElseThrow())
			.doesNotContain("error")
			.doesNotContain("blocked");

		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login?blocked=15")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.body()).contains("Too many failed attempts. Try again in 15 min.");
	}

	@Test
	void everyPageCarriesSecurityHeadersAndHstsWhenBehindTls() throws Exception {
		HttpResponse<String> plain = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(plain.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(plain.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> tls = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tls.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
	}

	/**
	 * A login from a fresh browser at {@code address} (as a proxy on loopback tells it).
	 */
	private HttpResponse<String> login(String username, String password, String address) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://127.0.0.1:" + this.port;
		String form = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
					+ WebSession.encode(WebSession.csrf(form))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
