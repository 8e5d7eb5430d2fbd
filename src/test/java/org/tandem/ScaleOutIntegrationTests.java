package org.tandem;

import java.io.IOException;
import java.net.CookieManager;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Tandem instances in one JVM on one PostgreSQL database and one RabbitMQ broker, as
 * behind a load balancer. Leads are submitted over both, one in a hundred twice with the
 * same Idempotency-Key (the twin to the other instance at once); then one instance is
 * stopped in the middle of a second run while its clients fail over. The test prints what
 * was acknowledged, stored, duplicated and lost, and checks that every acknowledged lead
 * is stored, routed, told and broadcast once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutIntegrationTests {

	static final int LEADS = Integer.getInteger("scale.leads", 10_000);

	static final int LEADS_AT_STOP = Integer.getInteger("scale.stopLeads", 3_000);

	static final int CLIENTS = 16;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String exchange = "tandem.events.test-" + UUID.randomUUID().toString().substring(0, 8);

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final int[] ports = new int[2];

	private final Map<String, AtomicInteger> broadcast = new ConcurrentHashMap<>();

	private final List<String> messageIds = new CopyOnWriteArrayList<>();

	private String url = "";

	private JdbcClient jdbc;

	private BrokerListener listener;

	private ChatStandIn chat;

	private String token = "";

	@BeforeAll
	void start() throws Exception {
		this.url = System.getProperty("scale.db.url", "jdbc:postgresql://127.0.0.1:5432/tandem_scale");
		PostgresTestDatabase.recreate(this.url, "postgres", "");
		this.listener = new BrokerListener(this.exchange, "#", (Message message) -> {
			String id = message.getMessageProperties().getMessageId();
			this.messageIds.add(id);
			JsonNode event = JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
			assertThat(event.path("version").asInt()).isEqualTo(1);
			assertThat(event.path("id").asString()).isEqualTo(id);
			this.broadcast
				.computeIfAbsent(event.path("type").asString() + " " + event.path("data").path("contact"),
						key -> new AtomicInteger())
				.incrementAndGet();
		});
		this.instances.add(instance());
		this.instances.add(instance());
		for (int i = 0; i < 2; i++) {
			this.ports[i] = Instances.port(this.instances.get(i));
		}
		this.jdbc = this.instances.get(0).getBean(JdbcClient.class);
		this.chat = new ChatStandIn();
		this.token = Instances.company(this.instances.get(0), "scale", this.chat.url());
	}

	@AfterAll
	void stop() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		if (this.listener != null) {
			this.listener.close();
		}
		if (this.chat != null) {
			this.chat.close();
		}
	}

	private ConfigurableApplicationContext instance() {
		return Instances.start(this.url, "spring.datasource.hikari.maximum-pool-size=12",
				"tandem.broadcast.enabled=true", "tandem.broadcast.exchange=" + this.exchange,
				"tandem.broadcast.claim=3s", "tandem.broadcast.max-pause=2s", "tandem.routing.sla-check-interval=1s",
				"tandem.routing.sla-initial-delay=1s", "tandem.intake.idempotency-lease=3s");
	}

	@Test
	void twoInstancesStoreRouteTellAndBroadcastEachLeadOnce() throws Exception {
		sessionsAreShared();

		Run steady = submit(0, LEADS, null);
		Figures figures = settle(steady);
		figures.print("two instances, " + LEADS + " leads, 1 % sent twice");
		assertThat(steady.acknowledged()).hasSize(LEADS);
		figures.assertNoneLostOrDuplicated();
		assertThat(figures.slackDuplicated()).as("hand-offs posted to Slack more than once").isZero();
		assertThat(figures.broadcastRaw() - figures.broadcastDistinct()).as("messages the broker carried twice")
			.isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'routing.sla-watch'")
			.query(Long.class)
			.single()).as("the deadline check ran under its lock").isOne();

		Run stopped = submit(LEADS, LEADS_AT_STOP, this.instances.get(1));
		Figures afterStop = settle(stopped);
		afterStop.print("one of two instances stopped during " + LEADS_AT_STOP + " leads");
		afterStop.assertNoneLostOrDuplicated();
	}

	/** A person logged in on one instance is logged in on the other. */
	private void sessionsAreShared() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser
			.send(HttpRequest.newBuilder(URI.create(base(0) + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		browser.send(HttpRequest.newBuilder(URI.create(base(0) + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=scale-rep-0&password=company-password-1&_csrf="
					+ WebSession.encode(WebSession.csrf(login))))
			.build(), HttpResponse.BodyHandlers.discarding());
		HttpResponse<String> elsewhere = browser.send(HttpRequest.newBuilder(URI.create(base(1) + "/contacts")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(elsewhere.statusCode()).isEqualTo(200);
		assertThat(elsewhere.uri().getPath()).isEqualTo("/contacts");
	}

	private String base(int instance) {
		return "http://127.0.0.1:" + this.ports[instance];
	}

	/** What the clients of one run saw. */
	record Run(int from, int count, Set<Integer> acknowledged, Map<Integer, AtomicInteger> answers, int twins,
			int failedOver, long heldAtStop) {
	}

	/**
	 * Submits leads {@code from} to {@code from + count} over both instances, each with
	 * an Idempotency-Key; one in a hundred is sent again at once to the other instance. A
	 * client retries an answer of 409 (the twin is in flight), 503 or a broken
	 * connection, on the other instance, as a load balancer would. When {@code toStop} is
	 * given it is stopped a third of the way through.
	 */
	private Run submit(int from, int count, ConfigurableApplicationContext toStop) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
		Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger(from);
		AtomicInteger done = new AtomicInteger();
		AtomicInteger twins = new AtomicInteger();
		AtomicInteger failedOver = new AtomicInteger();
		AtomicLong held = new AtomicLong();
		boolean[] down = new boolean[2];
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + CLIENTS / 4);
		List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < from + count; i = next.getAndIncrement()) {
					int lead = i;
					String body = Instances.lead(lead);
					if (lead % 100 == 7) {
						twins.incrementAndGet();
						pool.submit(
								() -> send(http, lead, body, 1 - lead % 2, down, acknowledged, answers, failedOver));
					}
					send(http, lead, body, lead % 2, down, acknowledged, answers, failedOver);
					if (toStop != null && done.incrementAndGet() == count / 3) {
						// the clients learn it from refused connections, as behind a
						// load balancer that has not noticed yet
						held.set(heldClaims());
						toStop.close();
						down[1] = true;
					}
				}
				return null;
			}));
		}
		for (java.util.concurrent.Future<?> client : clients) {
			client.get(10, TimeUnit.MINUTES);
		}
		pool.shutdown();
		pool.awaitTermination(5, TimeUnit.MINUTES);
		return new Run(from, count, acknowledged, answers, twins.get(), failedOver.get(), held.get());
	}

	private void send(HttpClient http, int lead, String body, int instance, boolean[] down, Set<Integer> acknowledged,
			Map<Integer, AtomicInteger> answers, AtomicInteger failedOver) {
		int target = down[instance] ? 1 - instance : instance;
		for (int attempt = 0; attempt < 100; attempt++) {
			int status;
			try {
				status = http
					.send(HttpRequest.newBuilder(URI.create(base(target) + "/api/v1/intake/leads"))
						.timeout(Duration.ofSeconds(70))
						.header("Authorization", "Bearer " + this.token)
						.header("Content-Type", "application/json")
						.header("Idempotency-Key", "lead-" + lead)
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode();
			}
			catch (IOException ex) {
				status = 599;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			answers.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
			if (status >= 200 && status < 300) {
				acknowledged.add(lead);
				return;
			}
			if (status != 409 && status != 503 && status != 599) {
				return;
			}
			if (status == 599 || down[target]) {
				target = 1 - target;
				failedOver.incrementAndGet();
			}
			Waiting.pause(Duration.ofMillis(200));
		}
	}

	/** What the database, the Slack stand-in and the broker hold once all is done. */
	record Figures(Run run, long stored, long duplicated, long lost, long unrouted, long routedTwice,
			long handOffsToldTwice, long warnings, long warnedTwice, long slackPosts, long slackDuplicated,
			long broadcastRaw, long broadcastDistinct, long createdMissing, long assignedMissing) {

		void print(String title) {
			System.out.printf("%n%s%n", title);
			System.out.printf("| submitted | twins | acknowledged | stored | duplicated | lost | routed twice | "
					+ "unrouted | hand-offs told twice | warnings | warned twice | Slack posts (dup.) | "
					+ "broker messages (distinct) | lead.created / lead.assigned missing | failed over |%n");
			System.out.printf(
					"| %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d (%d) | %d (%d) | %d / %d | %d |%n",
					this.run.count(), this.run.twins(), this.run.acknowledged().size(), this.stored, this.duplicated,
					this.lost, this.routedTwice, this.unrouted, this.handOffsToldTwice, this.warnings, this.warnedTwice,
					this.slackPosts, this.slackDuplicated, this.broadcastRaw, this.broadcastDistinct,
					this.createdMissing, this.assignedMissing, this.run.failedOver());
			System.out.printf(
					"answers by status: %s; outbox rows claimed when the instance stopped (all done by the end): %d%n",
					new TreeMap<>(this.run.answers()), this.run.heldAtStop());
		}

		void assertNoneLostOrDuplicated() {
			assertThat(this.lost).as("acknowledged leads not stored").isZero();
			assertThat(this.duplicated).as("leads stored twice").isZero();
			assertThat(this.unrouted).as("stored leads never routed").isZero();
			assertThat(this.routedTwice).as("leads routed more than once").isZero();
			assertThat(this.handOffsToldTwice).as("hand-offs told more than once").isZero();
			assertThat(this.warnedTwice).as("deadline warnings given more than once").isZero();
			assertThat(this.warnings).as("every routed lead's deadline warned once").isEqualTo(this.stored);
			assertThat(this.slackPosts).as("every hand-off posted to Slack").isGreaterThanOrEqualTo(this.stored);
			assertThat(this.createdMissing).as("stored leads with no lead.created message").isZero();
			assertThat(this.assignedMissing).as("stored leads with no lead.assigned message").isZero();
		}

	}

	/** Waits until the outboxes are empty and every deadline warned, then counts. */
	private Figures settle(Run run) {
		String leads = "c.last_name ~ '^Lead[0-9]+$' " + "AND CAST(SUBSTRING(c.last_name FROM 5) AS INT) >= "
				+ run.from() + " AND CAST(SUBSTRING(c.last_name FROM 5) AS INT) < " + (run.from() + run.count());
		long stored = count("SELECT COUNT(*) FROM crm_contact c WHERE " + leads);
		Waiting.until(() -> count("SELECT COUNT(*) FROM notifications_delivery WHERE status = 'PENDING'") == 0
				&& count("SELECT COUNT(*) FROM broadcast_outbox WHERE published_at IS NULL") == 0
				&& count("SELECT COUNT(*) FROM routing_sla_timer t JOIN crm_contact c ON c.id = t.contact_id WHERE "
						+ leads + " AND t.warned_at IS NULL") == 0,
				Duration.ofMinutes(3), "the outboxes drained in time");
		Waiting.pause(Duration.ofSeconds(2));
		long duplicated = count("SELECT COUNT(*) - COUNT(DISTINCT c.last_name) FROM crm_contact c WHERE " + leads);
		long unrouted = count("SELECT COUNT(*) FROM crm_contact c WHERE " + leads
				+ " AND NOT EXISTS (SELECT 1 FROM routing_assignment a WHERE a.contact_id = c.id)");
		long routedTwice = count("SELECT COUNT(*) FROM (SELECT a.contact_id FROM routing_assignment a "
				+ "JOIN crm_contact c ON c.id = a.contact_id WHERE " + leads + " GROUP BY a.contact_id "
				+ "HAVING COUNT(*) > 1) twice");
		long toldTwice = count("SELECT COUNT(*) FROM (SELECT n.contact_id FROM routing_notice n "
				+ "JOIN crm_contact c ON c.id = n.contact_id WHERE " + leads + " AND n.kind = 'ASSIGNED' "
				+ "GROUP BY n.contact_id HAVING COUNT(*) > 1) twice");
		long warnings = count("SELECT COUNT(DISTINCT n.contact_id) FROM routing_notice n JOIN crm_contact c "
				+ "ON c.id = n.contact_id WHERE " + leads + " AND n.kind = 'SLA_WARNING'");
		long warnedTwice = count("SELECT COUNT(*) FROM (SELECT n.contact_id FROM routing_notice n "
				+ "JOIN crm_contact c ON c.id = n.contact_id WHERE " + leads + " AND n.kind = 'SLA_WARNING' "
				+ "GROUP BY n.contact_id HAVING COUNT(*) > 1) twice");
		long lost = run.acknowledged().size() - count("SELECT COUNT(*) FROM crm_contact c WHERE " + leads);
		List<String> contacts = this.jdbc.sql("SELECT CAST(c.id AS VARCHAR) FROM crm_contact c WHERE " + leads)
			.query(String.class)
			.list();
		long posts = 0;
		long postedTwice = 0;
		for (int i = run.from(); i < run.from() + run.count(); i++) {
			posts += this.chat.posts(i);
			postedTwice += this.chat.posts(i) > 1 ? 1 : 0;
		}
		long createdMissing = contacts.stream()
			.filter(id -> !this.broadcast.containsKey("lead.created \"" + id + "\""))
			.count();
		long assignedMissing = contacts.stream()
			.filter(id -> !this.broadcast.containsKey("lead.assigned \"" + id + "\""))
			.count();
		return new Figures(run, stored, duplicated, lost, unrouted, routedTwice, toldTwice, warnings, warnedTwice,
				posts, postedTwice, this.messageIds.size(), this.messageIds.stream().distinct().count(), createdMissing,
				assignedMissing);
	}

	/** Outbox rows claimed by an instance and not yet done. */
	private long heldClaims() {
		return count("SELECT COUNT(*) FROM broadcast_outbox WHERE published_at IS NULL AND claimed_until > NOW()")
				+ count("SELECT COUNT(*) FROM notifications_delivery WHERE status = 'PENDING' "
						+ "AND claimed_until > NOW()");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
