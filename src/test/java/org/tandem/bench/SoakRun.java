package org.tandem.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ChatStandIn;
import org.tandem.Instances;
import org.tandem.PostgresTestDatabase;
import org.tandem.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances under mixed traffic at a fixed rate for a fixed time: lead submissions
 * (one in five from someone already known), behaviour events, KPI reads over the API and
 * pages as people open them. Every interval it prints each endpoint's throughput, p50 and
 * p99 and errors, with the heap and the connection pools' peak; at the end, whether every
 * acknowledged lead is stored and routed once. Run with {@code mvn -Psoak verify}
 * ({@code -Dsoak.minutes}, default 30; {@code -Dsoak.rate}, requests per second, default
 * 60). It stops by itself.
 */
class SoakRun {

	static final int MINUTES = Integer.getInteger("soak.minutes", 30);

	static final int RATE = Integer.getInteger("soak.rate", 60);

	static final int INTERVALS = Integer.getInteger("soak.intervals", 10);

	private final Map<String, Window> window = new ConcurrentHashMap<>();

	private final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();

	private final AtomicInteger leads = new AtomicInteger();

	private final AtomicLong late = new AtomicLong();

	private final AtomicLong heapPeak = new AtomicLong();

	private final int[] poolPeak = new int[2];

	/** What one endpoint did in the current interval. */
	static final class Window {

		final ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();

		final Map<Integer, AtomicInteger> errors = new ConcurrentHashMap<>();

	}

	@Test
	void soak() throws Exception {
		String url = "jdbc:postgresql://127.0.0.1:5432/tandem_soak";
		PostgresTestDatabase.recreate(url, "postgres", "");
		List<ConfigurableApplicationContext> instances = new ArrayList<>();
		try (ChatStandIn chat = new ChatStandIn()) {
			for (int i = 0; i < 2; i++) {
				instances.add(Instances.start(url, "spring.datasource.hikari.maximum-pool-size=10"));
			}
			String token = Instances.company(instances.get(0), "soak", chat.url());
			int[] ports = instances.stream().mapToInt(Instances::port).toArray();
			List<WebSession> people = List.of(WebSession.admin(ports[0]), WebSession.admin(ports[1]));
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			ExecutorService workers = Executors.newFixedThreadPool(64);
			ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
			AtomicLong tick = new AtomicLong();
			long total = (long) MINUTES * 60 * RATE;
			AtomicInteger inFlight = new AtomicInteger();
			clock.scheduleAtFixedRate(() -> {
				long n = tick.getAndIncrement();
				if (n >= total) {
					return;
				}
				if (inFlight.get() > 60) {
					this.late.incrementAndGet();
					return;
				}
				inFlight.incrementAndGet();
				workers.submit(() -> {
					try {
						request(n, http, token, ports, people);
					}
					finally {
						inFlight.decrementAndGet();
					}
				});
			}, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
			clock.scheduleAtFixedRate(() -> sample(instances), 0, 1, TimeUnit.SECONDS);
			long started = System.nanoTime();
			long interval = Duration.ofMinutes(MINUTES).toNanos() / INTERVALS;
			System.out.printf("%nsoak: two instances, %d requests/s for %d min, reported every %d s%n", RATE, MINUTES,
					Duration.ofNanos(interval).toSeconds());
			System.out.println("| at | endpoint | requests/s | p50 ms | p99 ms | errors | heap peak MB | pool peak |");
			System.out.println("|---|---|---|---|---|---|---|---|");
			for (int i = 1; i <= INTERVALS; i++) {
				long until = started + interval * i;
				while (System.nanoTime() < until) {
					Thread.sleep(200);
				}
				report(Duration.ofNanos(System.nanoTime() - started), Duration.ofNanos(interval));
			}
			clock.shutdownNow();
			workers.shutdown();
			workers.awaitTermination(2, TimeUnit.MINUTES);
			consistency(instances.get(0).getBean(JdbcClient.class));
		}
		finally {
			instances.forEach(ConfigurableApplicationContext::close);
		}
	}

	private void request(long n, HttpClient http, String token, int[] ports, List<WebSession> people) {
		int instance = (int) (n % 2);
		String base = "http://127.0.0.1:" + ports[instance];
		int kind = (int) (n % 20);
		long t = System.nanoTime();
		String endpoint;
		int status;
		try {
			if (kind < 8) {
				endpoint = "POST /api/v1/intake/leads";
				// one in eight from someone known: a new submission, with a key of its
				// own
				int lead = kind == 0 && this.leads.get() > 0 ? this.leads.get() - 1 : this.leads.getAndIncrement();
				status = send(http, base + "/api/v1/intake/leads", token, Instances.lead(lead), "soak-" + n);
				if (status < 300) {
					this.acknowledged.add(lead);
				}
			}
			else if (kind < 14) {
				endpoint = "POST /api/v1/intake/events";
				// a visit of one of the last 5,000 people submitted (at least 100
				// submissions
				// ago, so stored by now), or of a visitor not known yet
				int newest = this.leads.get() - 100;
				Integer lead = newest < 0 || n % 3 == 0 ? null : newest - (int) (n % Math.min(newest + 1, 5000));
				String who = lead == null ? "\"visitorId\":\"soak-visitor-" + (n % 500) + "\""
						: "\"email\":\"lead" + lead + "@company" + (lead % 50) + ".example\"";
				status = send(http, base + "/api/v1/intake/events", token,
						"{\"type\":\"PRICING_VIEW\"," + who + ",\"url\":\"/pricing\"}", null);
			}
			else if (kind < 17) {
				endpoint = "GET /api/v1/kpis";
				status = http
					.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/kpis"))
						.header("Authorization", "Bearer " + token)
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode();
			}
			else {
				String page = List.of("/", "/contacts", "/goals").get((int) (n % 3));
				endpoint = "GET " + page + " (page)";
				status = people.get(instance).answer(page).statusCode();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (Exception ex) {
			endpoint = "connection";
			status = 599;
		}
		Window current = this.window.computeIfAbsent(endpoint, key -> new Window());
		current.millis.add(Duration.ofNanos(System.nanoTime() - t).toMillis());
		if (status >= 400) {
			current.errors.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
		}
	}

	private static int send(HttpClient http, String url, String token, String body, String key)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private void sample(List<ConfigurableApplicationContext> instances) {
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		this.heapPeak.accumulateAndGet(heap, Math::max);
		for (int i = 0; i < instances.size(); i++) {
			if (instances.get(i).isActive()
					&& instances.get(i).getBean(DataSource.class) instanceof HikariDataSource pool
					&& pool.getHikariPoolMXBean() != null) {
				this.poolPeak[i] = Math.max(this.poolPeak[i], pool.getHikariPoolMXBean().getActiveConnections());
			}
		}
	}

	private void report(Duration at, Duration interval) {
		Map<String, Window> done = new TreeMap<>();
		for (String endpoint : Set.copyOf(this.window.keySet())) {
			done.put(endpoint, this.window.remove(endpoint));
		}
		for (Map.Entry<String, Window> entry : done.entrySet()) {
			long[] sorted = entry.getValue().millis.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("| %d:%02d | %s | %.1f | %d | %d | %s | %d | %d / %d |%n", at.toMinutes(),
					at.toSecondsPart(), entry.getKey(), sorted.length / (double) interval.toSeconds(),
					quantile(sorted, 0.5), quantile(sorted, 0.99), new TreeMap<>(entry.getValue().errors),
					this.heapPeak.get() / 1024 / 1024, this.poolPeak[0], this.poolPeak[1]);
		}
		System.out.printf("| %d:%02d | (requests not started: the clients were 60 behind) | %d | | | | | |%n",
				at.toMinutes(), at.toSecondsPart(), this.late.get());
	}

	private static long quantile(long[] sorted, double q) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
	}

	/**
	 * Every acknowledged lead stored once and routed once, after the outboxes drained.
	 */
	private void consistency(JdbcClient jdbc) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline
				&& jdbc.sql("SELECT COUNT(*) FROM notifications_delivery WHERE status = 'PENDING'")
					.query(Long.class)
					.single() > 0) {
			Thread.sleep(500);
		}
		List<String> names = this.acknowledged.stream().map(lead -> "Lead" + lead).toList();
		long stored = 0;
		long duplicated = 0;
		long unrouted = 0;
		long routedTwice = 0;
		for (int from = 0; from < names.size(); from += 5000) {
			List<String> chunk = names.subList(from, Math.min(names.size(), from + 5000));
			stored += jdbc.sql("SELECT COUNT(DISTINCT last_name) FROM crm_contact WHERE last_name IN (:names)")
				.param("names", chunk)
				.query(Long.class)
				.single();
			duplicated += jdbc
				.sql("SELECT COUNT(*) - COUNT(DISTINCT last_name) FROM crm_contact WHERE last_name IN (:names)")
				.param("names", chunk)
				.query(Long.class)
				.single();
			unrouted += jdbc
				.sql("SELECT COUNT(*) FROM crm_contact c WHERE c.last_name IN (:names) AND NOT EXISTS "
						+ "(SELECT 1 FROM routing_assignment a WHERE a.contact_id = c.id)")
				.param("names", chunk)
				.query(Long.class)
				.single();
			routedTwice += jdbc
				.sql("SELECT COUNT(*) FROM (SELECT a.contact_id FROM routing_assignment a JOIN crm_contact c "
						+ "ON c.id = a.contact_id WHERE c.last_name IN (:names) GROUP BY a.contact_id HAVING COUNT(*) > 1) t")
				.param("names", chunk)
				.query(Long.class)
				.single();
		}
		System.out.printf(
				"%nconsistency: acknowledged %d, stored %d, duplicated %d, lost %d, unrouted %d, routed twice %d%n",
				this.acknowledged.size(), stored, duplicated, this.acknowledged.size() - stored, unrouted, routedTwice);
		assertThat(stored).isEqualTo(this.acknowledged.size());
		assertThat(duplicated).isZero();
		assertThat(unrouted).isZero();
		assertThat(routedTwice).isZero();
	}

}
