package org.tandem;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser on the HTML pages: logged in with a session cookie, it reads pages
 * and sends forms with the page's CSRF token.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	public WebSession(int port, String user, String password) throws Exception {
		this.base = "http://127.0.0.1:" + port;
		String token = csrf(get("/login"));
		post("/login", "username=" + user + "&password=" + password + "&_csrf=" + token);
	}

	public static WebSession admin(int port) throws Exception {
		return new WebSession(port, "admin", "admin-password-for-tests");
	}

	public String get(String path) throws Exception {
		return answer(path).body();
	}

	public HttpResponse<String> answer(String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> bytes(String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> post(String path, String form) throws Exception {
		return send(path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(form));
	}

	/** Sends a form with the CSRF token of the page given. */
	public HttpResponse<String> submit(String page, String path, String form) throws Exception {
		return post(path, "_csrf=" + csrf(get(page)) + (form.isEmpty() ? "" : "&" + form));
	}

	public HttpResponse<String> send(String path, String contentType, HttpRequest.BodyPublisher body) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A value as a form field carries it. */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

}
