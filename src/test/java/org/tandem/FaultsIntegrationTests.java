package org.tandem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.platform.Quantiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tandem under the faults a company meets: its database out of reach for a few seconds, a
 * chat service down, the message broker down. The instance reaches PostgreSQL and
 * RabbitMQ through relays the test can cut. Each test prints what was acknowledged,
 * stored, duplicated and lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String exchange = "tandem.events.faults-" + UUID.randomUUID().toString().substring(0, 8);

	private final AtomicInteger next = new AtomicInteger();

	private final Set<String> received = ConcurrentHashMap.newKeySet();

	private final AtomicInteger deliveries = new AtomicInteger();

	private TcpProxy database;

	private TcpProxy broker;

	private ChatStandIn chat;

	private ConfigurableApplicationContext instance;

	private JdbcClient jdbc;

	private BrokerListener listener;

	private String token = "";

	private int port;

	@BeforeAll
	void start() throws Exception {
		PostgresTestDatabase.recreate("jdbc:postgresql://127.0.0.1:5432/tandem_faults", "postgres", "");
		this.database = new TcpProxy(5432);
		this.broker = new TcpProxy(5672);
		this.chat = new ChatStandIn();
		this.listener = new BrokerListener(this.exchange, "lead.created", message -> {
			this.deliveries.incrementAndGet();
			this.received.add(JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8))
				.path("data")
				.path("contact")
				.asString());
		});
		this.instance = Instances.start("jdbc:postgresql://127.0.0.1:" + this.database.port() + "/tandem_faults",
				"spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500",
				"tandem.broadcast.enabled=true", "tandem.broadcast.exchange=" + this.exchange,
				"tandem.broadcast.uri=amqp://guest:guest@127.0.0.1:" + this.broker.port(),
				"tandem.broadcast.max-pause=1s", "tandem.intake.idempotency-lease=3s");
		this.port = Instances.port(this.instance);
		this.jdbc = this.instance.getBean(JdbcClient.class);
		this.token = Instances.company(this.instance, "faults", this.chat.url());
	}

	@AfterAll
	void stop() throws IOException {
		if (this.instance != null) {
			this.instance.close();
		}
		if (this.listener != null) {
			this.listener.close();
		}
		this.chat.close();
		this.database.close();
		this.broker.close();
	}

	@Test
	void theDatabaseOutOfReachIsA503WithRetryAfterAndNothingAcknowledgedIsLost() throws Exception {
		Load load = new Load(8);
		Waiting.pause(Duration.ofSeconds(3));
		this.database.cut();
		long cutAt = System.nanoTime();
		Waiting.pause(Duration.ofSeconds(5));
		this.database.restore();
		long outage = System.nanoTime() - cutAt;
		Waiting.pause(Duration.ofSeconds(3));
		Figures figures = load.finish();
		figures.print("PostgreSQL out of reach for " + Duration.ofNanos(outage).toMillis() + " ms, 8 clients");
		figures.assertNoneLost();
		assertThat(figures.answers()).as("answers while the database was away").containsKey(503);
		assertThat(figures.answers()).doesNotContainKey(500);
		assertThat(figures.withoutRetryAfter()).as("503 answers without Retry-After").isZero();
		assertThat(figures.acknowledgedAfter()).as("leads acknowledged after the database returned, no restart")
			.isPositive();
	}

	@Test
	void aChatServiceDownDelaysOnlyItsMessagesAndTheyArriveWhenItReturns() throws Exception {
		Load normal = new Load(4);
		Waiting.pause(Duration.ofSeconds(3));
		Figures before = normal.finish();
		this.chat.down(true);
		Load duringOutage = new Load(4);
		Waiting.pause(Duration.ofSeconds(8));
		Figures during = duringOutage.finish();
		int refused = this.chat.refused();
		long waiting = count("SELECT COUNT(*) FROM notifications_delivery WHERE status = 'PENDING'");
		this.chat.down(false);
		Waiting.until(() -> count("SELECT COUNT(*) FROM notifications_delivery WHERE status = 'PENDING'") == 0,
				Duration.ofMinutes(2), "recovered in time");
		before.print("chat service up, 4 clients");
		during.print("chat service down (503) for 8 s, 4 clients; posts refused " + refused + ", deliveries waiting "
				+ waiting + " when it returned");
		during.assertNoneLost();
		assertThat(refused).as("posts tried while it was down").isPositive();
		List<Integer> notPosted = during.acknowledgedLeads()
			.stream()
			.filter(lead -> this.chat.posts(lead) == 0)
			.toList();
		assertThat(notPosted).as("hand-offs never posted once the chat service returned").isEmpty();
		assertThat(count("SELECT COUNT(*) FROM notifications_delivery WHERE status = 'DEAD'")).isZero();
		System.out.printf("submit latency p50 / p99 with chat up: %d / %d ms; down: %d / %d ms%n", before.p(0.5),
				before.p(0.99), during.p(0.5), during.p(0.99));
	}

	@Test
	void theBrokerDownKeepsEventsInTheOutboxUntilItReturns() throws Exception {
		int received = this.received.size();
		this.broker.cut();
		Load load = new Load(4);
		Waiting.pause(Duration.ofSeconds(4));
		Figures figures = load.finish();
		Waiting.pause(Duration.ofSeconds(2));
		long waiting = count("SELECT COUNT(*) FROM broadcast_outbox WHERE published_at IS NULL");
		int receivedWhileDown = this.received.size() - received;
		this.broker.restore();
		Waiting.until(() -> count("SELECT COUNT(*) FROM broadcast_outbox WHERE published_at IS NULL") == 0,
				Duration.ofMinutes(2), "recovered in time");
		List<String> stored = this.jdbc.sql("SELECT CAST(id AS VARCHAR) FROM crm_contact WHERE last_name IN (:names)")
			.param("names", figures.acknowledgedLeads().stream().map(lead -> "Lead" + lead).toList())
			.query(String.class)
			.list();
		Waiting.until(() -> this.received.containsAll(stored), Duration.ofMinutes(2), "recovered in time");
		figures.print("RabbitMQ out of reach for " + figures.took().toSeconds() + " s, 4 clients; events waiting "
				+ waiting + ", lead.created received while down " + receivedWhileDown + ", after: all " + stored.size()
				+ " (" + this.deliveries.get() + " deliveries in all)");
		figures.assertNoneLost();
		assertThat(waiting).as("events kept while the broker was away").isGreaterThanOrEqualTo(stored.size());
		assertThat(this.received).containsAll(stored);
	}

	/** What one run of clients saw, and what the database holds of it. */
	record Figures(Duration took, Set<Integer> acknowledgedLeads, Map<Integer, AtomicInteger> answers,
			int withoutRetryAfter, int acknowledgedAfter, List<Long> latencies, long stored, long duplicated) {

		long lost() {
			return this.acknowledgedLeads.size() - this.stored;
		}

		long p(double quantile) {
			Duration p = Quantiles.nearestRank(this.latencies.stream().mapToLong(Long::longValue).sorted().toArray(),
					quantile);
			return p == null ? 0 : p.toMillis();
		}

		void print(String title) {
			System.out.printf(
					"%n%s%n| acknowledged | stored | duplicated | lost | answers by status |%n"
							+ "| %d | %d | %d | %d | %s |%n",
					title, this.acknowledgedLeads.size(), this.stored, this.duplicated, lost(),
					new TreeMap<>(this.answers));
		}

		void assertNoneLost() {
			assertThat(this.answers.keySet()).as("answers other than 2xx, 409 or 503")
				.allMatch(status -> status < 300 || status == 409 || status == 503 || status == 599);
			assertThat(lost()).as("acknowledged leads not stored").isZero();
			assertThat(this.duplicated).as("leads stored twice").isZero();
		}

	}

	/**
	 * Clients submitting new leads one after another until {@link #finish()}; a client
	 * told 503 waits as long as Retry-After asks (at most a second here) and sends again
	 * with the same Idempotency-Key.
	 */
	final class Load {

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		private final ExecutorService pool;

		private final List<Future<?>> clients = new ArrayList<>();

		private final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();

		private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();

		private final AtomicInteger withoutRetryAfter = new AtomicInteger();

		private final AtomicInteger acknowledgedAfter = new AtomicInteger();

		private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

		private final long started = System.nanoTime();

		private volatile boolean running = true;

		Load(int clients) {
			this.pool = Executors.newFixedThreadPool(clients);
			for (int c = 0; c < clients; c++) {
				this.clients.add(this.pool.submit(this::client));
			}
		}

		private Void client() throws InterruptedException {
			while (this.running) {
				int lead = FaultsIntegrationTests.this.next.getAndIncrement();
				boolean sawFailure = false;
				for (int attempt = 0; attempt < 200; attempt++) {
					long t = System.nanoTime();
					HttpResponse<Void> answer;
					try {
						answer = this.http.send(HttpRequest
							.newBuilder(URI.create(
									"http://127.0.0.1:" + FaultsIntegrationTests.this.port + "/api/v1/intake/leads"))
							.timeout(Duration.ofSeconds(30))
							.header("Authorization", "Bearer " + FaultsIntegrationTests.this.token)
							.header("Content-Type", "application/json")
							.header("Idempotency-Key", "faults-" + lead)
							.POST(HttpRequest.BodyPublishers.ofString(Instances.lead(lead)))
							.build(), HttpResponse.BodyHandlers.discarding());
					}
					catch (IOException ex) {
						this.answers.computeIfAbsent(599, key -> new AtomicInteger()).incrementAndGet();
						sawFailure = true;
						Thread.sleep(200);
						continue;
					}
					int status = answer.statusCode();
					this.answers.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
					if (status >= 200 && status < 300) {
						this.latencies.add(Duration.ofNanos(System.nanoTime() - t).toMillis());
						this.acknowledged.add(lead);
						if (sawFailure) {
							this.acknowledgedAfter.incrementAndGet();
						}
						break;
					}
					if (status != 503 && status != 409) {
						break;
					}
					sawFailure = true;
					if (status == 503 && answer.headers().firstValue("Retry-After").isEmpty()) {
						this.withoutRetryAfter.incrementAndGet();
					}
					Thread.sleep(status == 503 ? 1000 : 200);
				}
			}
			return null;
		}

		Figures finish() throws Exception {
			this.running = false;
			for (Future<?> client : this.clients) {
				client.get(2, TimeUnit.MINUTES);
			}
			this.pool.shutdown();
			Duration took = Duration.ofNanos(System.nanoTime() - this.started);
			List<String> names = this.acknowledged.stream().map(lead -> "Lead" + lead).toList();
			long stored = names.isEmpty() ? 0
					: FaultsIntegrationTests.this.jdbc
						.sql("SELECT COUNT(DISTINCT last_name) FROM crm_contact WHERE last_name IN (:names)")
						.param("names", names)
						.query(Long.class)
						.single();
			long rows = names.isEmpty() ? 0
					: FaultsIntegrationTests.this.jdbc
						.sql("SELECT COUNT(*) FROM crm_contact WHERE last_name IN (:names)")
						.param("names", names)
						.query(Long.class)
						.single();
			return new Figures(took, Set.copyOf(this.acknowledged), Map.copyOf(this.answers),
					this.withoutRetryAfter.get(), this.acknowledgedAfter.get(), List.copyOf(this.latencies), stored,
					rows - stored);
		}

	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
