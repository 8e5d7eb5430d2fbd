package org.tandem.identity;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions are kept in the database, and one person's browser may send many requests of
 * one session at once (pages, the bell's poll) without any of them failing on the
 * attributes they write together.
 */
@IntegrationTest
class SessionStoreIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneSessionServesManyRequestsAtOnceFromTheDatabase() throws Exception {
		for (int round = 0; round < 5; round++) {
			WebSession admin = WebSession.admin(this.port);
			ExecutorService pool = Executors.newFixedThreadPool(12);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 36; i++) {
				String page = List.of("/", "/goals", "/contacts", "/notifications/badge").get(i % 4);
				answers.add(pool.submit(() -> admin.answer(page)));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).isEqualTo(200);
			}
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'admin'")
			.query(Long.class)
			.single()).isPositive();
	}

}
