package org.tandem.intake;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.platform.Sha256;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A CSV import through the UI, as a marketer does it: upload a file with a byte-order
 * mark, semicolons, CRLF and quoted fields, map the columns, run it; good rows go in, bad
 * ones (bad email, wrong column count, bad encoding, a formula) are reported by line in a
 * safe CSV.
 */
@IntegrationTest
class CsvImportIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	String get(String path) throws Exception {
		return this.browser
			.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	void logIn() throws Exception {
		String token = csrf(get("/login"));
		this.browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=admin&password=admin-password-for-tests&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	@Test
	void goodRowsGoInAndBadRowsAreReportedByLine() throws Exception {
		logIn();
		String token = csrf(get("/imports"));
		String id = UUID.randomUUID().toString().substring(0, 8);
		// a person erased at their request is refused when their chunk commits
		this.jdbc.sql("INSERT INTO crm_erasure_tombstone (email_hash, erased_at) VALUES (?, CURRENT_TIMESTAMP)")
			.param(Sha256.hex("fedor." + id + "@import.example"))
			.update();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		file.write(("E-mail;First name;Last name;Company;Job title;Phone\r\n" + "alla." + id
				+ "@import.example;Alla;Petrova;\"Petrova; Sons\";CFO;+7 495 111-22-33\r\n"
				+ "not-an-email;Bad;Email;X;Y;\r\n" + "boris." + id
				+ "@import.example;Boris;Too;Many;Columns;+7 495 111-22-34;extra\r\n" + "clara." + id
				+ "@import.example;Clara;=HYPERLINK(\"http://evil\");C;D;\r\n")
			.getBytes(StandardCharsets.UTF_8));
		file.write(("dina." + id + "@import.example;Di").getBytes(StandardCharsets.UTF_8));
		file.write(new byte[] { (byte) 0xC3, (byte) 0x28 });
		file.write(("na;Orlova;D;E;\r\n" + "egor." + id + "@import.example;Egor;Smirnov;;\"Head of IT\";\r\n" + "fedor."
				+ id + "@import.example;Fedor;Erased;;;\r\n")
			.getBytes(StandardCharsets.UTF_8));
		String boundary = "----tandem" + id;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"old-crm.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file.toByteArray());
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> uploaded = this.browser.send(HttpRequest.newBuilder(URI.create(base() + "/imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		String job = location.substring(location.lastIndexOf('/') + 1);
		String mapping = get("/imports/" + job);
		assertThat(mapping).contains("Petrova; Sons", "E-mail");
		assertThat(mapping).contains("value=\"EMAIL\" selected", "value=\"TITLE\" selected");
		String form = "_csrf=" + csrf(mapping)
				+ "&column0=EMAIL&column1=FIRST_NAME&column2=LAST_NAME&column3=COMPANY&column4=TITLE&column5=PHONE"
				+ "&policy=MERGE";
		this.browser.send(HttpRequest.newBuilder(URI.create(base() + "/imports/" + job + "/start"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "DONE".equals(this.jdbc.sql("SELECT status FROM intake_import WHERE id = ?")
				.param(UUID.fromString(job))
				.query(String.class)
				.single()));
		var counts = this.jdbc.sql("SELECT processed, created, failed FROM intake_import WHERE id = ?")
			.param(UUID.fromString(job))
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) })
			.single();
		assertThat(counts).containsExactly(7, 2, 5);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM crm_contact WHERE email_normalized IN (?, ?)")
			.params("alla." + id + "@import.example", "egor." + id + "@import.example")
			.query(Long.class)
			.single()).isEqualTo(2);
		String errors = get("/imports/" + job + "/errors.csv");
		assertThat(errors).contains("3,\"email\"", "4,\"columns\"", "5,\"last_name\"", "6,\"first_name\"",
				"8,\"email\"");
		assertThat(get("/imports/" + job)).contains("7 rows: 2 new");
		String stored = this.jdbc.sql("SELECT stored_file FROM intake_import WHERE id = ?")
			.param(UUID.fromString(job))
			.query(String.class)
			.single();
		assertThat(java.nio.file.Path.of(stored)).as("the uploaded file is deleted once imported").doesNotExist();
	}

}
