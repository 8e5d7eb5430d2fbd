package org.tandem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the JSON API, as an outside system would call it.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	/**
	 * The admin token every test run gets from {@code tandem.bootstrap-token}
	 * (application-it).
	 */
	public static final String ADMIN_TOKEN = "tdm_bootstrap_token_for_tests_0123456789";

	/** A client calling as the admin, with the bootstrap token. */
	public static ApiClient asAdmin(int port) {
		return new ApiClient(port, ADMIN_TOKEN);
	}

	public ApiClient(int port, String token) {
		this.base = "http://127.0.0.1:" + port;
		this.token = token;
	}

	public record Answer(int status, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** The field a problem detail names. */
		public String field() {
			return json().path("field").asString();
		}

	}

	public Answer get(String path) {
		return send(request(path).GET());
	}

	public Answer delete(String path) {
		return send(request(path).DELETE());
	}

	public Answer post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Answer put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Answer sendWith(String method, String path, String json, String header, String value) {
		return send(request(path).header("Content-Type", "application/json")
			.header(header, value)
			.method(method, HttpRequest.BodyPublishers.ofString(json)));
	}

	public Answer send(String method, String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json, application/problem+json");
		return this.token.isEmpty() ? builder : builder.header("Authorization", "Bearer " + this.token);
	}

	private Answer send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
