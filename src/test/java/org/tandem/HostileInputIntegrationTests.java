package org.tandem;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.HostileCatalogue.Payload;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.notifications.Notifications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile catalogue ({@link HostileCatalogue}) sent through the API and the HTML
 * forms: every answer is a clean 4xx or a success whose value is stored as sent and shown
 * escaped; never a 500, never a request to an internal address. Prints how many payloads
 * of each kind went where and how they were answered.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDirectory directory;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApiTokens tokens;

	private ApiClient api;

	private WebSession admin;

	private HttpServer trap;

	private final AtomicInteger trapped = new AtomicInteger();

	private final List<String> failures = new ArrayList<>();

	private final Map<String, Map<Integer, Integer>> answers = new TreeMap<>();

	@BeforeAll
	void start() throws Exception {
		this.api = ApiClient.asAdmin(this.port);
		this.admin = WebSession.admin(this.port);
		this.trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.trap.createContext("/", exchange -> {
			this.trapped.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.trap.start();
	}

	@AfterAll
	void stop() {
		this.trap.stop(0);
		this.answers.forEach((where, statuses) -> System.out.printf("%-40s %s%n", where, statuses));
	}

	@BeforeEach
	void freshFailures() {
		this.failures.clear();
	}

	@Test
	void theCatalogueHoldsMoreThanThreeHundredPayloadsOfEveryKind() {
		List<Payload> all = HostileCatalogue.all();
		Map<HostileCatalogue.Kind, Long> byKind = all.stream()
			.collect(Collectors.groupingBy(Payload::kind, TreeMap::new, Collectors.counting()));
		System.out.printf("hostile catalogue: %d payloads, %s%n", all.size(), byKind);
		assertThat(all).hasSizeGreaterThanOrEqualTo(300);
		assertThat(byKind).hasSize(HostileCatalogue.Kind.values().length);
	}

	@Test
	void freeTextIsRefusedOrStoredAsSentAndShownEscaped() throws Exception {
		for (Payload payload : HostileCatalogue.texts()) {
			String email = "hostile-" + UUID.randomUUID() + "@t.test";
			Map<String, Object> contact = new LinkedHashMap<>();
			contact.put("email", email);
			contact.put("firstName", "Hostile");
			contact.put("lastName", payload.value());
			contact.put("title", payload.value());
			ApiClient.Answer created = this.api.post("/api/v1/contacts", ApiClient.json(contact));
			note("API contact", payload, created.status(), created.body());
			if (created.status() == 201) {
				String id = created.json().path("id").asString();
				ApiClient.Answer read = this.api.get("/api/v1/contacts/" + id);
				// an unpaired surrogate cannot travel as UTF-8: the client sends "?" for
				// it
				boolean transmittable = StandardCharsets.UTF_8.newEncoder().canEncode(payload.value());
				if (transmittable && !payload.value().strip().equals(read.json().path("lastName").asString().strip())) {
					this.failures.add(payload + ": stored as " + read.json().path("lastName").asString());
				}
				shownEscaped("contact page", payload, "/contacts/" + id);
				ApiClient.Answer comment = this.api.post("/api/v1/comments/CONTACT/" + id,
						ApiClient.json(Map.of("body", payload.value())));
				note("API comment", payload, comment.status(), comment.body());
				if (comment.status() == 201) {
					shownEscaped("contact page with comment", payload, "/contacts/" + id);
				}
			}
			ApiClient.Answer account = this.api.post("/api/v1/accounts",
					ApiClient.json(Map.of("name", payload.value(), "industry", payload.value())));
			note("API account", payload, account.status(), account.body());
			if (account.status() == 201) {
				shownEscaped("account page", payload, "/accounts/" + account.json().path("id").asString());
			}
			ApiClient.Answer lead = this.api.post("/api/v1/intake/leads",
					ApiClient.json(Map.of("email", "lead-" + UUID.randomUUID() + "@t.test", "firstName",
							payload.value(), "lastName", "Hostile", "company", payload.value(), "message",
							payload.value(), "source", "WEB_FORM", "consent", true)));
			note("API intake lead", payload, lead.status(), lead.body());
			String form = WebSession.csrf(this.admin.get("/contacts/new"));
			HttpResponse<String> posted = this.admin.post("/contacts",
					"_csrf=" + form + "&email=" + WebSession.encode("form-" + UUID.randomUUID() + "@t.test")
							+ "&firstName=Form&lastName=" + WebSession.encode(payload.value()) + "&title="
							+ WebSession.encode(payload.value()));
			note("UI contact form", payload, posted.statusCode(), posted.body());
			HttpResponse<String> listed = this.admin.answer("/contacts?q=" + WebSession.encode(payload.value()));
			note("UI contact list filter", payload, listed.statusCode(), listed.body());
			if (listed.statusCode() == 200 && payload.value().contains("<")
					&& listed.body().contains(payload.value())) {
				this.failures.add(payload + ": shown unescaped in the contact list filter");
			}
		}
		assertThat(this.failures).isEmpty();
	}

	@Test
	void sqlInFiltersAndSortKeysNeverReachesTheDatabase() throws Exception {
		long contacts = this.api.get("/api/v1/contacts?size=1").json().path("total").asLong();
		for (Payload payload : HostileCatalogue.sql()) {
			String value = URLEncoder.encode(payload.value(), StandardCharsets.UTF_8);
			for (String path : List.of("/api/v1/contacts?q=", "/api/v1/contacts?sort=", "/api/v1/contacts?stage=",
					"/api/v1/deals?sort=", "/api/v1/deals?q=", "/api/v1/accounts?q=", "/api/v1/accounts?sort=")) {
				ApiClient.Answer answer = this.api.get(path + value);
				note(path, payload, answer.status(), answer.body());
			}
			for (String path : List.of("/contacts?q=", "/contacts?sort=", "/deals?sort=", "/accounts?q=",
					"/accounts?sort=")) {
				HttpResponse<String> answer = this.admin.answer(path + value);
				note(path, payload, answer.statusCode(), answer.body());
			}
		}
		assertThat(this.failures).isEmpty();
		assertThat(this.api.get("/api/v1/contacts?size=1").json().path("total").asLong()).as("no contact went away")
			.isGreaterThanOrEqualTo(contacts);
	}

	@Test
	void pathsThatClimbOutAreRefused() throws Exception {
		for (Payload payload : HostileCatalogue.paths()) {
			String segment = URLEncoder.encode(payload.value(), StandardCharsets.UTF_8);
			ApiClient.Answer byId = this.api.get("/api/v1/contacts/" + segment);
			note("API id path", payload, byId.status(), byId.body());
			if (byId.status() < 400) {
				this.failures.add(payload + ": answered " + byId.status() + " as a contact id");
			}
			HttpResponse<String> page = this.admin.answer("/contacts/" + segment);
			note("UI id path", payload, page.statusCode(), page.body());
			String boundary = "----tandem" + UUID.randomUUID();
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ payload.value().replace("\"", "%22") + "\"\r\nContent-Type: text/csv\r\n\r\n"
					+ "email,first_name,last_name\r\nclimb-" + UUID.randomUUID() + "@t.test,Path,Climber\r\n--"
					+ boundary + "--\r\n";
			String csrf = WebSession.csrf(this.admin.get("/imports"));
			HttpResponse<String> upload = this.admin.send("/imports?_csrf=" + csrf,
					"multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofString(body));
			note("UI import file name", payload, upload.statusCode(), upload.body());
		}
		assertThat(this.failures).isEmpty();
	}

	@Test
	void webhooksToInternalAddressesAreRefusedAndNothingIsCalled() throws Exception {
		CurrentUser adminUser = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		boolean loopbackAllowed = this.notifications.allowedHosts().contains("127.0.0.1");
		this.notifications.disallowHost("127.0.0.1");
		try {
			List<String> urls = new ArrayList<>();
			HostileCatalogue.internalUrls().forEach(payload -> urls.add(payload.value()));
			urls.add("http://127.0.0.1:" + this.trap.getAddress().getPort() + "/hook");
			urls.add("http://localhost:" + this.trap.getAddress().getPort() + "/hook");
			for (String url : urls) {
				Payload payload = new Payload(HostileCatalogue.Kind.INTERNAL_URL, url);
				String name = "ssrf-" + UUID.randomUUID();
				String csrf = WebSession.csrf(this.admin.get("/admin/channels"));
				HttpResponse<String> added = this.admin.post("/admin/channels", "_csrf=" + csrf
						+ "&kind=WEBHOOK&language=en&perMinute=60&name=" + name + "&url=" + WebSession.encode(url));
				note("UI webhook address", payload, added.statusCode(), added.body());
				boolean kept = this.notifications.destinations()
					.stream()
					.anyMatch(destination -> destination.name().equals(name));
				if (kept) {
					this.failures.add(payload + ": kept as a destination");
				}
			}
			assertThat(this.trapped).as("requests that reached an internal address").hasValue(0);
		}
		finally {
			if (loopbackAllowed) {
				this.notifications.allowHost("127.0.0.1", adminUser);
			}
		}
		assertThat(this.failures).isEmpty();
	}

	@Test
	void fieldsACallerMayNotSetAreRefused() {
		String email = "mass-" + UUID.randomUUID() + "@t.test";
		for (String field : List.of("owner", "ownerId", "role", "score", "id", "lifecycleStage", "createdAt",
				"deletedAt", "version", "admin", "__proto__", "constructor")) {
			Map<String, Object> lead = new LinkedHashMap<>(Map.of("email", email, "firstName", "Mass", "lastName",
					"Assignment", "source", "WEB_FORM", "consent", true));
			lead.put(field, "00000000-0000-0000-0000-000000000001");
			ApiClient.Answer answer = this.api.post("/api/v1/intake/leads", ApiClient.json(lead));
			note("API intake extra field", new Payload(HostileCatalogue.Kind.TEMPLATE, field), answer.status(),
					answer.body());
			if (answer.status() != 400) {
				this.failures.add(field + ": intake answered " + answer.status());
			}
			Map<String, Object> contact = new LinkedHashMap<>(
					Map.of("email", email, "firstName", "Mass", "lastName", "Assignment"));
			contact.put(field, "00000000-0000-0000-0000-000000000001");
			ApiClient.Answer created = this.api.post("/api/v1/contacts", ApiClient.json(contact));
			boolean legitimate = field.equals("version") || field.equals("owner");
			if (created.status() != 400 && !(legitimate && created.status() < 500)) {
				this.failures.add(field + ": contact creation answered " + created.status());
			}
		}
		// a rep may name an owner, but what they create is theirs
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserId rep = this.administration.createUser("mass-rep-" + suffix, "Mass Rep", "mass-rep-" + suffix + "@t.test",
				"mass-rep-password-1", Role.SALES, null, "en");
		ApiClient repApi = new ApiClient(this.port, this.tokens.issue("mass-" + suffix, Role.SALES, rep));
		UserId admin = this.directory.findByUsername("admin").orElseThrow().id();
		ApiClient.Answer owned = repApi.post("/api/v1/contacts", ApiClient.json(Map.of("email",
				"owned-" + suffix + "@t.test", "firstName", "Owned", "lastName", "Contact", "owner", admin.value())));
		assertThat(owned.status()).isEqualTo(201);
		assertThat(owned.json().path("owner").asString()).isEqualTo(rep.value().toString());
		assertThat(repApi
			.post("/api/v1/users",
					ApiClient.json(Map.of("username", "self-made-" + suffix, "role", "ADMIN", "password",
							"self-made-password-1", "email", "self-" + suffix + "@t.test", "displayName", "X")))
			.status()).as("a rep creating an admin").isEqualTo(403);
		assertThat(this.failures).isEmpty();
	}

	@Test
	void malformedAndExplosiveJsonIsA4xx() throws Exception {
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("nested 100000 arrays", "[".repeat(100_000) + "]".repeat(100_000));
		bodies.put("nested 5000 objects", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
		bodies.put("huge number", "{\"email\":\"n@t.test\",\"firstName\":1" + "0".repeat(100_000) + "}");
		bodies.put("long key", "{\"" + "k".repeat(100_000) + "\":1}");
		bodies.put("2 MB string", "{\"email\":\"s@t.test\",\"firstName\":\"" + "s".repeat(2_000_000) + "\"}");
		bodies.put("10000 fields",
				"{" + java.util.stream.IntStream.range(0, 10_000)
					.mapToObj(i -> "\"f" + i + "\":1")
					.collect(Collectors.joining(",")) + "}");
		bodies.put("duplicate keys", "{\"email\":\"d@t.test\",\"email\":\"e@t.test\",\"firstName\":\"D\"}");
		bodies.put("truncated", "{\"email\":\"t@t.test\",");
		bodies.put("not JSON", "email=x@t.test");
		bodies.put("top-level array", "[{\"email\":\"a@t.test\"}]");
		bodies.put("null", "null");
		bodies.put("empty", "");
		bodies.put("bad escape", "{\"email\":\"\\x41@t.test\"}");
		bodies.put("control character", "{\"email\":\"c\u0001@t.test\"}");
		bodies.put("comment", "{/* hi */\"email\":\"c@t.test\"}");
		for (Map.Entry<String, String> body : bodies.entrySet()) {
			for (String path : List.of("/api/v1/contacts", "/api/v1/intake/leads", "/api/v1/accounts")) {
				ApiClient.Answer answer = this.api.post(path, body.getValue());
				note("API JSON " + body.getKey(), new Payload(HostileCatalogue.Kind.UNICODE, body.getKey()),
						answer.status(), answer.body());
				if (answer.status() < 400) {
					this.failures.add(body.getKey() + " to " + path + ": answered " + answer.status());
				}
			}
		}
		HttpClient http = HttpClient.newHttpClient();
		byte[] invalidUtf8 = { '{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
		for (String contentType : List.of("application/json", "text/plain", "application/xml", "text/csv",
				"application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
			HttpResponse<String> answer = http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/contacts"))
					.header("Authorization", "Bearer " + ApiClient.ADMIN_TOKEN)
					.header("Content-Type", contentType)
					.POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8))
					.build(), HttpResponse.BodyHandlers.ofString());
			note("API content type " + contentType, new Payload(HostileCatalogue.Kind.UNICODE, contentType),
					answer.statusCode(), answer.body());
			if (answer.statusCode() < 400) {
				this.failures.add(contentType + ": answered " + answer.statusCode());
			}
		}
		assertThat(this.failures).isEmpty();
	}

	/** Records the answer; a 5xx is a failure. */
	private void note(String where, Payload payload, int status, String body) {
		this.answers.computeIfAbsent(where, key -> new TreeMap<>()).merge(status, 1, Integer::sum);
		if (status >= 500) {
			this.failures.add(where + " " + payload + ": " + status + " "
					+ (body.length() > 200 ? body.substring(0, 200) : body));
		}
	}

	/** The page shows the payload, if at all, escaped: never its markup as markup. */
	private void shownEscaped(String where, Payload payload, String path) throws IOException, InterruptedException {
		HttpResponse<String> page;
		try {
			page = this.admin.answer(path);
		}
		catch (Exception ex) {
			this.failures.add(where + " " + payload + ": " + ex);
			return;
		}
		note(where, payload, page.statusCode(), page.body());
		if (payload.value().contains("<") && page.body().contains(payload.value())) {
			this.failures.add(where + " " + payload + ": shown unescaped");
		}
	}

}
