package org.tandem.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.tandem.IntegrationTest;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.intake.CsvImporter;
import org.tandem.intake.DuplicatePolicy;
import org.tandem.intake.ImportKind;
import org.tandem.intake.ImportTarget;
import org.tandem.intake.domain.ImportStore;
import org.tandem.notifications.Destination;
import org.tandem.notifications.DestinationKind;
import org.tandem.notifications.Notifications;
import org.tandem.notifications.Topic;

/**
 * The lead engine under load, against raw SQL doing the same per-lead work in the same
 * run. Run with {@code mvn -Pbench verify} (sizes: -Dbench.leads, -Dbench.warmup,
 * -Dbench.clients, -Dbench.csvRows). Hand-offs go to a local stand-in for Slack through
 * the outbox, and the time from submission to the message is measured too. Prints one
 * table; asserts nothing about time, since this machine is shared.
 */
@IntegrationTest
@TestPropertySource(properties = { "tandem.forms.limit-per-address=100000000", "logging.level.root=WARN",
		"logging.level.org.tandem=WARN", "spring.datasource.hikari.maximum-pool-size=40" })
class LeadEngineBenchmark {

	static final int LEADS = Integer.getInteger("bench.leads", 100_000);

	static final int CLIENTS = Integer.getInteger("bench.clients", 32);

	static final int CSV_ROWS = Integer.getInteger("bench.csvRows", 1_000_000);

	/**
	 * Leads sent first and not measured, so that the measured run meets compiled code.
	 */
	static final int WARMUP = Integer.getInteger("bench.warmup", 10_000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ImportStore imports;

	@Autowired
	CsvImporter importer;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDirectory directory;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String user;

	@Value("${spring.datasource.password:}")
	String password;

	@Test
	void measure() throws Exception {
		String token = setUp();
		SlackStandIn slack = SlackStandIn.start();
		connectSlack(slack.url());
		intake(token, "warm", WARMUP);
		slack.drained(this.jdbc, Duration.ofMinutes(10));
		// the database was created empty for this run: give the planner the statistics
		// that autovacuum keeps for a database in service, so that cached plans fit the
		// tables' real size
		this.jdbc.sql("ANALYZE").update();
		long cpu = busyMillis();
		long jvm = jvmMillis();
		Run raw = rawSql();
		long rawCpu = busyMillis() - cpu;
		long rawJvm = jvmMillis() - jvm;
		slack.reset();
		System.out.println("measuring intake");
		cpu = busyMillis();
		jvm = jvmMillis();
		Run intake = intake(token, "lead", LEADS);
		long intakeCpu = busyMillis() - cpu;
		long intakeJvm = jvmMillis() - jvm;
		List<Long> assigned = submitToAssigned(intake.started());
		List<Long> toSlack = slack.latencies(this.sentAt, Duration.ofMinutes(10));
		slack.stop();
		Run csv = csvImport();
		Run copy = rawCopy();
		System.out.println();
		System.out.println("| measurement (" + CLIENTS + " clients, " + LEADS + " leads, " + CSV_ROWS
				+ " CSV rows) | Tandem | raw SQL baseline | ratio |");
		System.out.println("|---|---|---|---|");
		System.out.printf(Locale.ROOT, "| intake, leads/s | %.0f | %.0f | %.2f |%n", intake.rate(), raw.rate(),
				intake.rate() / raw.rate());
		if (cpu >= 0) {
			double perLead = (double) intakeCpu / LEADS;
			double perRaw = (double) rawCpu / LEADS;
			System.out.printf(Locale.ROOT,
					"| machine CPU per lead, ms (all processes; ratio raw / Tandem) | %.2f | %.2f | %.2f |%n", perLead,
					perRaw, perRaw / perLead);
			System.out.printf(Locale.ROOT,
					"| of which this JVM (Tandem and the load generator; the rest is mostly PostgreSQL) | %.2f | %.2f | |%n",
					(double) intakeJvm / LEADS, (double) rawJvm / LEADS);
		}
		System.out.printf(Locale.ROOT, "| submit latency p50 / p95 / p99, ms | %s | %s | |%n", intake.percentiles(),
				raw.percentiles());
		System.out.printf(Locale.ROOT, "| submit-to-assigned p50 / p95 / p99, ms (%d assigned) | %s | | |%n",
				assigned.size(), percentiles(assigned));
		System.out.printf(Locale.ROOT, "| submit-to-Slack p50 / p95 / p99, ms (%d hand-off messages) | %s | | |%n",
				toSlack.size(), percentiles(toSlack));
		System.out.printf(Locale.ROOT, "| CSV import, rows/s (peak heap %d MB) | %.0f | %.0f (COPY) | %.3f |%n",
				csv.peakHeapMb(), csv.rate(), copy.rate(), csv.rate() / copy.rate());
		System.out.println();
	}

	/** One measured run: how many, how long, each call's latency in nanoseconds. */
	record Run(int count, Duration took, List<Long> latencies, Instant started, long peakHeapMb) {

		double rate() {
			return this.count / (this.took.toNanos() / 1e9);
		}

		String percentiles() {
			return LeadEngineBenchmark.percentiles(this.latencies.stream().map(n -> n / 1_000_000).toList());
		}

	}

	static String percentiles(List<Long> millis) {
		if (millis.isEmpty()) {
			return "—";
		}
		List<Long> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return at(sorted, 0.50) + " / " + at(sorted, 0.95) + " / " + at(sorted, 0.99);
	}

	static long at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size())));
	}

	/**
	 * Milliseconds the machine's cores have been busy since it started, from Linux's
	 * {@code /proc/stat} (-1 elsewhere): Tandem, PostgreSQL and the load generator share
	 * the cores, so the busy time a run takes is its cost whatever else slows the
	 * machine.
	 */
	static long busyMillis() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long ticks = 0;
			for (int field : new int[] { 1, 2, 3, 6, 7 }) { // user, nice, system, irq,
															// softirq
				ticks += Long.parseLong(fields[field]);
			}
			return ticks * 10; // USER_HZ is 100 on Linux
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** CPU milliseconds this JVM has used: Tandem's and the load generator's. */
	static long jvmMillis() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1_000_000;
	}

	/** When each measured lead was first sent, by its last name, in nanoseconds. */
	private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

	/**
	 * Sends every hand-off to a local stand-in for a Slack channel, as a company would
	 * connect its sales channel: through the outbox, signed by nothing, checked like any
	 * destination.
	 */
	private void connectSlack(String url) {
		CurrentUser admin = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		this.notifications.allowHost("127.0.0.1", admin);
		Destination slack = this.notifications.addDestination(DestinationKind.SLACK, "#sales (bench)", url, "en", 60000)
			.destination();
		this.notifications.route(slack.id(), Topic.LEAD_ASSIGNED, null);
	}

	/**
	 * A local HTTP server standing in for a Slack incoming webhook: it notes when each
	 * hand-off message arrives and for which lead.
	 */
	static final class SlackStandIn {

		private static final Pattern LEAD = Pattern.compile("Lead(\\d+)");

		private final HttpServer server;

		private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();

		private SlackStandIn(HttpServer server) {
			this.server = server;
		}

		static SlackStandIn start() throws IOException {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			SlackStandIn standIn = new SlackStandIn(server);
			server.setExecutor(Executors.newFixedThreadPool(4));
			server.createContext("/slack", exchange -> {
				long now = System.nanoTime();
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				Matcher lead = LEAD.matcher(body);
				if (lead.find()) {
					standIn.receivedAt.putIfAbsent("Lead" + lead.group(1), now);
				}
				// no body: one write, so the answer is not held up by delayed
				// acknowledgements
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
			return standIn;
		}

		/** Forgets the messages so far: the warm-up's leads have the same names. */
		void reset() {
			this.receivedAt.clear();
		}

		/** Waits until the outbox has nothing left to send. */
		void drained(JdbcClient jdbc, Duration patience) throws InterruptedException {
			long deadline = System.nanoTime() + patience.toNanos();
			while (System.nanoTime() < deadline
					&& jdbc.sql("SELECT COUNT(*) FROM notifications_delivery WHERE status = 'PENDING'")
						.query(Long.class)
						.single() > 0) {
				Thread.sleep(1000);
			}
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/slack";
		}

		/**
		 * Milliseconds from each lead's first submission to its hand-off message, once
		 * the messages stop coming (or {@code patience} is up).
		 */
		List<Long> latencies(Map<String, Long> sentAt, Duration patience) throws InterruptedException {
			long deadline = System.nanoTime() + patience.toNanos();
			int seen = -1;
			while (System.nanoTime() < deadline && seen != this.receivedAt.size()) {
				seen = this.receivedAt.size();
				Thread.sleep(3000);
			}
			List<Long> millis = new ArrayList<>();
			this.receivedAt.forEach((lead, at) -> {
				Long sent = sentAt.get(lead);
				if (sent != null) {
					millis.add((at - sent) / 1_000_000);
				}
			});
			return millis;
		}

		void stop() {
			this.server.stop(0);
		}

	}

	private String setUp() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		UserId owner = this.administration.createUser("bench-" + suffix, "Bench", "bench-" + suffix + "@t.test",
				"bench-password-" + suffix, Role.MARKETING, null, "en");
		for (int i = 0; i < 8; i++) {
			this.administration.createUser("bench-rep-" + i + "-" + suffix, "Rep " + i, "rep" + i + suffix + "@t.test",
					"bench-password-" + suffix, Role.SALES, null, "en");
		}
		this.jdbc.sql("UPDATE identity_rep_profile SET capacity = 1000000, work_start = '00:00:00', "
				+ "work_end = '23:59:00', working_days = 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY'")
			.update();
		// every benchmark lead with a decision-making title crosses the threshold and is
		// routed
		this.jdbc.sql("UPDATE scoring_settings SET mql_threshold = 10").update();
		return this.tokens.issue("bench", Role.MARKETING, owner);
	}

	private Run rawSql() throws Exception {
		try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
				Statement ddl = connection.createStatement()) {
			ddl.execute("CREATE TABLE IF NOT EXISTS bench_contact (id UUID PRIMARY KEY, email TEXT UNIQUE, "
					+ "first_name TEXT, last_name TEXT, owner UUID, created_at TIMESTAMPTZ)");
			ddl.execute("CREATE TABLE IF NOT EXISTS bench_rep (id UUID PRIMARY KEY, open_leads INT)");
			ddl.execute(
					"CREATE TABLE IF NOT EXISTS bench_history (id UUID PRIMARY KEY, contact UUID, stage TEXT, at TIMESTAMPTZ)");
			ddl.execute("CREATE TABLE IF NOT EXISTS bench_outbox (id UUID PRIMARY KEY, payload TEXT, at TIMESTAMPTZ)");
			ddl.execute("INSERT INTO bench_rep SELECT gen_random_uuid(), 0 FROM generate_series(1, 8)");
		}
		AtomicInteger next = new AtomicInteger();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		Instant started = Instant.now();
		long begin = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		for (int c = 0; c < CLIENTS; c++) {
			pool.submit(() -> {
				try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password)) {
					connection.setAutoCommit(false);
					PreparedStatement find = connection
						.prepareStatement("SELECT id FROM bench_contact WHERE email = ?");
					PreparedStatement upsert = connection.prepareStatement("INSERT INTO bench_contact VALUES "
							+ "(?, ?, 'Raw', 'Lead', NULL, now()) ON CONFLICT (email) DO NOTHING");
					PreparedStatement pick = connection.prepareStatement(
							"SELECT id FROM bench_rep ORDER BY open_leads LIMIT 1 FOR UPDATE SKIP LOCKED");
					PreparedStatement load = connection
						.prepareStatement("UPDATE bench_rep SET open_leads = open_leads + 1 WHERE id = ?");
					PreparedStatement history = connection
						.prepareStatement("INSERT INTO bench_history VALUES (?, ?, 'LEAD', now())");
					PreparedStatement outbox = connection
						.prepareStatement("INSERT INTO bench_outbox VALUES (?, '{}', now())");
					for (int i = next.getAndIncrement(); i < LEADS; i = next.getAndIncrement()) {
						long t = System.nanoTime();
						String email = "raw" + (i % 5 == 0 && i > 0 ? i - 1 : i) + "@bench.example";
						find.setString(1, email);
						find.executeQuery().close();
						UUID id = UUID.randomUUID();
						upsert.setObject(1, id);
						upsert.setString(2, email);
						upsert.executeUpdate();
						try (ResultSet rep = pick.executeQuery()) {
							if (rep.next()) {
								load.setObject(1, rep.getObject(1));
								load.executeUpdate();
							}
						}
						history.setObject(1, UUID.randomUUID());
						history.setObject(2, id);
						history.executeUpdate();
						outbox.setObject(1, UUID.randomUUID());
						outbox.executeUpdate();
						connection.commit();
						latencies.add(System.nanoTime() - t);
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(2, TimeUnit.HOURS);
		return new Run(LEADS, Duration.ofNanos(System.nanoTime() - begin), List.copyOf(latencies), started, 0);
	}

	private Run intake(String token, String prefix, int leads) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		Map<Integer, AtomicInteger> errors = new ConcurrentHashMap<>();
		Instant started = Instant.now();
		long begin = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		for (int c = 0; c < CLIENTS; c++) {
			pool.submit(() -> {
				try (KeepAlive http = new KeepAlive(this.port, token)) {
					for (int i = next.getAndIncrement(); i < leads; i = next.getAndIncrement()) {
						// one lead in five is someone already known
						int person = i % 5 == 0 && i > 0 ? i - 1 : i;
						String email = prefix + person + "@bench" + (person % 97) + ".example";
						String body = "{\"email\":\"" + email + "\",\"firstName\":\"Bench\",\"lastName\":\"Lead"
								+ person + "\",\"title\":\"Head of Sales\",\"company\":\"Bench " + (person % 97)
								+ "\",\"source\":\"WEB_FORM\",\"consent\":true}";
						long t = System.nanoTime();
						if ("lead".equals(prefix)) {
							this.sentAt.putIfAbsent("Lead" + person, t);
						}
						int status = http.post("/api/v1/intake/leads", body);
						latencies.add(System.nanoTime() - t);
						if (status >= 300) {
							errors.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
						}
						if (i % 4 == 0) {
							http.post("/api/v1/intake/events",
									"{\"type\":\"PRICING_VIEW\",\"email\":\"" + email + "\",\"url\":\"/pricing\"}");
						}
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(2, TimeUnit.HOURS);
		Duration took = Duration.ofNanos(System.nanoTime() - begin);
		System.out.println("intake answers other than 2xx, by status: " + errors);
		return new Run(leads, took, List.copyOf(latencies), started, 0);
	}

	/**
	 * One client's connection, kept alive across its requests as an ad platform's would
	 * be: a blocking HTTP/1.1 client that writes a request and reads its answer, so that
	 * the load generator takes as little as it can of the cores it shares with Tandem.
	 */
	static final class KeepAlive implements AutoCloseable {

		private final int port;

		private final String token;

		private @Nullable Socket socket;

		private InputStream in = InputStream.nullInputStream();

		private OutputStream out = OutputStream.nullOutputStream();

		KeepAlive(int port, String token) {
			this.port = port;
			this.token = token;
		}

		/** The answer's status, or 599 when the connection failed. */
		int post(String path, String json) {
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.port + "\r\nAuthorization: Bearer "
					+ this.token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			try {
				if (this.socket == null) {
					this.socket = new Socket("127.0.0.1", this.port);
					this.socket.setTcpNoDelay(true);
					this.in = new BufferedInputStream(this.socket.getInputStream());
					this.out = new BufferedOutputStream(this.socket.getOutputStream());
				}
				this.out.write(head);
				this.out.write(body);
				this.out.flush();
				return answer();
			}
			catch (IOException ex) {
				close();
				return 599;
			}
		}

		/** Reads the status line, the headers and the body, whichever its framing. */
		private int answer() throws IOException {
			String status = line();
			int code = Integer.parseInt(status.substring(9, 12));
			long length = 0;
			boolean chunked = false;
			boolean closing = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
				String value = header.substring(header.indexOf(':') + 1).trim();
				switch (name) {
					case "content-length" -> length = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
					case "connection" -> closing = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			if (chunked) {
				for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long
					.parseLong(line().split(";")[0].trim(), 16)) {
					skip(size);
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else {
				skip(length);
			}
			if (closing) {
				close();
			}
			return code;
		}

		private void skip(long bytes) throws IOException {
			this.in.skipNBytes(bytes);
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b < 0) {
					throw new EOFException();
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

		@Override
		public void close() {
			if (this.socket != null) {
				try {
					this.socket.close();
				}
				catch (IOException ex) {
					// closing anyway
				}
				this.socket = null;
			}
		}

	}

	/**
	 * Waits for the outbox to drain, then reads when each lead was created and assigned.
	 */
	private List<Long> submitToAssigned(Instant since) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
		while (System.nanoTime() < deadline
				&& this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
					.query(Long.class)
					.single() > 0) {
			Thread.sleep(500);
		}
		return this.jdbc
			.sql("SELECT EXTRACT(EPOCH FROM (MIN(a.at) - c.created_at)) * 1000 FROM routing_assignment a "
					+ "JOIN crm_contact c ON c.id = a.contact_id WHERE c.created_at >= ? AND a.rep_id IS NOT NULL "
					+ "GROUP BY c.id, c.created_at")
			.param(java.sql.Timestamp.from(since))
			.query((rs, row) -> Math.round(rs.getDouble(1)))
			.list();
	}

	private Run csvImport() throws Exception {
		Path file = Files.createTempFile("tandem-bench", ".csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("email,first name,last name,company,title\n");
			for (int i = 0; i < CSV_ROWS; i++) {
				out.write("csv" + i + "@import" + (i % 991) + ".example,Csv,Row" + i + ",Import " + (i % 991)
						+ ",Analyst\n");
			}
		}
		UUID id = UUID.randomUUID();
		this.imports.create(id,
				this.jdbc.sql("SELECT id FROM identity_user WHERE username = 'admin'")
					.query(UUID.class)
					.optional()
					.map(UserId::new)
					.orElseThrow(),
				"bench.csv", file.toString(), Files.size(file), ',',
				List.of("email", "first name", "last name", "company", "title"), ImportKind.LEADS, Instant.now());
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long begin = System.nanoTime();
		this.imports.start(id, List.of(ImportTarget.EMAIL, ImportTarget.FIRST_NAME, ImportTarget.LAST_NAME,
				ImportTarget.COMPANY, ImportTarget.TITLE), DuplicatePolicy.MERGE, null, Instant.now());
		this.importer.run(id);
		while (!"DONE".equals(this.imports.find(id).orElseThrow().status())
				&& !"FAILED".equals(this.imports.find(id).orElseThrow().status())) {
			Thread.sleep(200);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - begin);
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
		System.out.println("CSV import: " + this.imports.find(id).orElseThrow());
		return new Run(CSV_ROWS, took, List.of(), Instant.now(), peak);
	}

	/**
	 * What an imported lead stores, one table each, as raw {@code COPY} statements can
	 * write it: the same rows into empty copies of the same tables, with their indexes.
	 */
	private static final List<String> COPIED = List.of(
			"crm_contact (id, email, email_normalized, first_name, last_name, title, account_id, source_channel, "
					+ "created_at, updated_at)",
			"crm_audit (record_type, record_id, action, actor_name, at)",
			"crm_activity (id, type, occurred_at, contact_id, actor_name, subject)",
			"funnel_lifecycle (contact_id, stage, entered_at, version)",
			"funnel_transition (id, contact_id, to_stage, at, actor_kind, actor_name)",
			"scoring_score (contact_id, points, explanation, computed_at)",
			"goals_lead (contact_id, entered_at, stage, channel)");

	private Run rawCopy() throws Exception {
		List<Path> files = new ArrayList<>();
		for (int t = 0; t < COPIED.size(); t++) {
			files.add(Files.createTempFile("tandem-bench-copy", ".tsv"));
		}
		String at = "2026-01-01 00:00:00+00";
		List<UUID> accounts = java.util.stream.IntStream.range(0, 991).mapToObj(i -> UUID.randomUUID()).toList();
		List<BufferedWriter> outs = new ArrayList<>();
		for (Path file : files) {
			outs.add(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
		}
		for (int i = 0; i < CSV_ROWS; i++) {
			UUID id = UUID.randomUUID();
			String email = "csv" + i + "@import" + (i % 991) + ".example";
			outs.get(0)
				.write(id + "\t" + email + "\t" + email + "\tCsv\tRow" + i + "\tAnalyst\t" + accounts.get(i % 991)
						+ "\tIMPORT\t" + at + "\t" + at + "\n");
			outs.get(1).write("CONTACT\t" + id + "\tCREATED\tadmin\t" + at + "\n");
			outs.get(2).write(UUID.randomUUID() + "\tFORM\t" + at + "\t" + id + "\tsystem\tSubmitted via import\n");
			outs.get(3).write(id + "\tLEAD\t" + at + "\t0\n");
			outs.get(4).write(UUID.randomUUID() + "\t" + id + "\tLEAD\t" + at + "\tIMPORT\tadmin\n");
			outs.get(5).write(id + "\t10\t[{\"rule\":\"Title\",\"points\":10}]\t" + at + "\n");
			outs.get(6).write(id + "\t" + at + "\tLEAD\tIMPORT\n");
		}
		for (BufferedWriter out : outs) {
			out.close();
		}
		try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
				Statement ddl = connection.createStatement()) {
			for (String table : COPIED) {
				String name = table.substring(0, table.indexOf(' '));
				ddl.execute("DROP TABLE IF EXISTS bench_" + name);
				ddl.execute("CREATE TABLE bench_" + name + " (LIKE " + name + " INCLUDING ALL)");
			}
			connection.setAutoCommit(false);
			long begin = System.nanoTime();
			for (int t = 0; t < COPIED.size(); t++) {
				try (Reader reader = Files.newBufferedReader(files.get(t))) {
					connection.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("COPY bench_" + COPIED.get(t) + " FROM STDIN", reader);
				}
			}
			connection.commit();
			return new Run(CSV_ROWS, Duration.ofNanos(System.nanoTime() - begin), List.of(), Instant.now(), 0);
		}
		finally {
			for (Path file : files) {
				Files.deleteIfExists(file);
			}
		}
	}

}
