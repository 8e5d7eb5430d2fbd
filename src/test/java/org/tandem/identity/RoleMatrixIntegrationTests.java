package org.tandem.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.IntegrationTest;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of every controller against every role (and no login at all): each route
 * must have an entry in {@link AccessPolicy}, answer as that entry says, and never answer
 * 500.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApiTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Role, Caller> callers = new EnumMap<>(Role.class);

	/**
	 * A person of one role, logged in through the form, with an API token of the same
	 * role.
	 */
	record Caller(HttpClient browser, String csrf, String token) {
	}

	record Route(HttpMethod method, String pattern) {

		String samplePath() {
			return this.pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}

		boolean api() {
			return this.pattern.startsWith("/api/");
		}

	}

	@BeforeAll
	void logInOnePersonPerRole() throws Exception {
		for (Role role : Role.values()) {
			String name = "matrix-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
			String password = "password-" + name;
			UserId id = this.administration.createUser(name, name, name + "@tandem.test", password, role, null, "en");
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String loginPage = browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
			HttpResponse<String> login = browser.send(
					form("/login", "username=" + name + "&password=" + password + "&_csrf=" + csrf(loginPage)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
			String home = browser.send(get("/").build(), HttpResponse.BodyHandlers.ofString()).body();
			this.callers.put(role, new Caller(browser, csrf(home), this.tokens.issue(name, role, id)));
		}
	}

	List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.tandem")) {
				for (String pattern : info.getPatternValues()) {
					for (var method : methods(info)) {
						routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
					}
				}
			}
		});
		return routes;
	}

	@Test
	void everyRouteHasAPolicyEntry() {
		List<Route> routes = routes();
		assertThat(routes).hasSizeGreaterThan(60);
		List<Route> missing = routes.stream()
			.filter(route -> AccessPolicy.ruleFor(route.method(), route.samplePath()).isEmpty())
			.toList();
		assertThat(missing).as("routes without an entry in AccessPolicy").isEmpty();
	}

	@Test
	void everyRoleGetsWhatThePolicySaysAndNeverAServerError() throws Exception {
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (Route route : routes()) {
			String path = route.samplePath();
			AccessPolicy.Rule rule = AccessPolicy.ruleFor(route.method(), path).orElseThrow();
			int anonymous = call(route, path, null);
			calls++;
			// without a session a form post has no CSRF token either: refused before it
			// reaches login
			boolean anonymousOk = rule.open() || (route.api() ? anonymous == 401
					: anonymous == 302 || (route.method() != HttpMethod.GET && anonymous == 403));
			if (!anonymousOk || anonymous >= 500) {
				wrong.add("anonymous " + route + " -> " + anonymous);
			}
			for (Role role : Role.values()) {
				int status = call(route, path, this.callers.get(role));
				calls++;
				boolean allowed = rule.allows(role);
				boolean ok = status < 500 && (allowed ? status != 401 && status != 403 : status == 403);
				if (!ok) {
					wrong.add(role + " " + route + " -> " + status + (allowed ? " (allowed)" : " (denied)"));
				}
			}
		}
		assertThat(calls).isGreaterThan(300);
		assertThat(wrong).as("answers that differ from the policy").isEmpty();
	}

	private int call(Route route, String path, Caller caller) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		boolean body = route.method() == HttpMethod.POST || route.method() == HttpMethod.PUT;
		if (route.api()) {
			request.header("Content-Type", "application/json").header("Accept", "application/json");
			if (caller != null) {
				request.header("Authorization", "Bearer " + caller.token());
			}
			request.method(route.method().name(),
					body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html");
			String form = caller == null ? "" : "_csrf=" + URLEncoder.encode(caller.csrf(), StandardCharsets.UTF_8);
			request.method(route.method().name(),
					body ? HttpRequest.BodyPublishers.ofString(form) : HttpRequest.BodyPublishers.noBody());
		}
		HttpClient client = (caller == null || route.api()) ? HttpClient.newHttpClient() : caller.browser();
		return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static java.util.Set<org.springframework.web.bind.annotation.RequestMethod> methods(
			RequestMappingInfo info) {
		var methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? java.util.Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
				: methods;
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET();
	}

	private HttpRequest.Builder form(String path, String body) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

}
