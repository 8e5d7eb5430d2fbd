package org.tandem.intake;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin's browser on the import pages: logged in, it uploads a file, sends the
 * mapping form and waits for the import to finish.
 */
final class ImportSession {

	private final WebSession web;

	private final JdbcClient jdbc;

	ImportSession(int port, JdbcClient jdbc) throws Exception {
		this.web = WebSession.admin(port);
		this.jdbc = jdbc;
	}

	String get(String path) throws Exception {
		return this.web.get(path);
	}

	HttpResponse<String> post(String path, String form) throws Exception {
		return this.web.post(path, form);
	}

	static String csrf(String page) {
		return WebSession.csrf(page);
	}

	/**
	 * Uploads a file with the upload form's other fields; the answer is the import's id.
	 */
	String upload(String fileName, byte[] file, Map<String, String> fields) throws Exception {
		String token = csrf(get("/imports"));
		String boundary = "----tandem" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(part(boundary, "_csrf", token));
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(part(boundary, field.getKey(), field.getValue()));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> uploaded = this.web.send("/imports", "multipart/form-data; boundary=" + boundary,
				HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/** Starts a mapped import and waits until it is done. */
	void run(String job, String mapping) throws Exception {
		String page = get("/imports/" + job);
		post("/imports/" + job + "/start", "_csrf=" + csrf(page) + "&" + mapping);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "DONE".equals(this.jdbc.sql("SELECT status FROM intake_import WHERE id = ?")
				.param(UUID.fromString(job))
				.query(String.class)
				.single()));
	}

	/** How many rows the import processed, created, updated and could not take. */
	int[] counts(String job) {
		return this.jdbc.sql("SELECT processed, created, updated, failed FROM intake_import WHERE id = ?")
			.param(UUID.fromString(job))
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4) })
			.single();
	}

	private static byte[] part(String boundary, String name, String value) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
