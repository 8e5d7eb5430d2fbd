package org.tandem.notifications;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.meetings.Meeting;
import org.tandem.meetings.MeetingKind;
import org.tandem.meetings.MeetingSeries;
import org.tandem.meetings.Meetings;
import org.tandem.meetings.SeriesDraft;
import org.tandem.notifications.domain.NotificationStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shared channels against local stand-ins for Slack, Teams and another system: addresses
 * inside the network are refused until an admin allows their host; an action item given
 * at a meeting reaches the owner's bell and mailbox and each routed destination in its
 * shape (Block Kit, an Adaptive Card, a signed JSON event); a destination answering 500
 * is retried until it answers 200, one answering 400 is given up and replayed by an
 * admin; the test button is an admin's alone.
 */
@IntegrationTest
class NotificationsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory directory;

	@Autowired
	Meetings meetings;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	NotificationStore store;

	private HttpServer standIn;

	private final Map<String, List<Received>> received = new ConcurrentHashMap<>();

	private final Map<String, List<Integer>> answers = new ConcurrentHashMap<>();

	private final AtomicInteger calls = new AtomicInteger();

	/** A request the stand-in received. */
	record Received(String body, Map<String, List<String>> headers) {
	}

	@BeforeEach
	void startStandIn() throws IOException {
		this.standIn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.standIn.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.calls.incrementAndGet();
			this.received.computeIfAbsent(path, key -> new CopyOnWriteArrayList<>())
				.add(new Received(new String(body, StandardCharsets.UTF_8), Map.copyOf(exchange.getRequestHeaders())));
			List<Integer> planned = this.answers.getOrDefault(path, List.of());
			int count = this.received.get(path).size();
			int status = planned.size() >= count ? planned.get(count - 1) : 200;
			byte[] answer = (status == 200 ? "ok" : "no").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		this.standIn.start();
	}

	@AfterEach
	void stopStandIn() {
		this.standIn.stop(0);
	}

	@Test
	void anActionItemReachesTheBellTheMailboxAndEveryRoutedDestination() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String base = "http://127.0.0.1:" + this.standIn.getAddress().getPort();
		WebSession admin = WebSession.admin(this.port);

		// addresses inside the network are refused, at save time
		for (String url : List.of(base + "/slack-" + suffix, "http://localhost:9/x", "http://169.254.169.254/latest",
				"http://10.0.0.1/hook", "http://[::1]/hook", "file:///etc/passwd", "gopher://example.com/")) {
			admin.submit("/admin/channels", "/admin/channels",
					"kind=SLACK&name=x-" + suffix + "&url=" + WebSession.encode(url));
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications_destination WHERE name = ?")
			.param("x-" + suffix)
			.query(Long.class)
			.single()).isZero();

		admin.submit("/admin/channels", "/admin/channels/hosts", "host=127.0.0.1");
		UUID slack = destination(admin, "SLACK", "Slack " + suffix, base + "/slack-" + suffix, null);
		UUID teams = destination(admin, "TEAMS", "Teams " + suffix, base + "/teams-" + suffix, null);
		String[] secret = new String[1];
		UUID webhook = destination(admin, "WEBHOOK", "Warehouse " + suffix, base + "/hook-" + suffix, secret);
		assertThat(secret[0]).startsWith("whsec_");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications_destination WHERE id IN (?, ?, ?)")
			.params(slack, teams, webhook)
			.query(Long.class)
			.single()).isEqualTo(3);
		for (UUID destination : List.of(slack, teams, webhook)) {
			admin.submit("/admin/channels", "/admin/channels/routes",
					"destination=" + destination + "&topic=ACTION_ITEM_ASSIGNED");
		}
		// the webhook fails twice with 500 before it takes the event
		this.answers.put("/hook-" + suffix, List.of(500, 500, 200));

		// the owner wants these by email too
		UserId owner = this.administration.createUser("owner-" + suffix, "Olga Owner " + suffix,
				"owner-" + suffix + "@t.test", "password-" + suffix, Role.SALES, null, "ru");
		WebSession ownerSession = new WebSession(this.port, "owner-" + suffix, "password-" + suffix);
		StringBuilder choice = new StringBuilder();
		for (Topic topic : Topic.values()) {
			choice.append("&inApp=").append(topic).append("&digest=NONE");
		}
		choice.append("&email=ACTION_ITEM_ASSIGNED");
		ownerSession.submit("/notifications/settings", "/notifications/settings", choice.substring(1));

		String task = "Send the pricing deck " + suffix;
		CurrentUser chair = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		MeetingSeries series = this.meetings.createSeries(
				new SeriesDraft(MeetingKind.WEEKLY_STATUS, "Sync " + suffix, "Europe/Berlin", DayOfWeek.MONDAY,
						LocalTime.of(9, 0), 30, 0, LocalDate.now().plusDays(3), List.of(chair.id(), owner)),
				chair);
		Meeting next = this.meetings.meetingsOf(series.id(), 10)
			.get(this.meetings.meetingsOf(series.id(), 10).size() - 1);
		this.meetings.assign(next.id(), task, owner, LocalDate.now().plusDays(7), chair);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> received("/slack-" + suffix).size() == 1 && received("/teams-" + suffix).size() == 1
					&& received("/hook-" + suffix).size() == 3);

		JsonNode blocks = JSON.readTree(received("/slack-" + suffix).get(0).body());
		assertThat(blocks.get("blocks").get(0).get("type").asString()).isEqualTo("section");
		assertThat(blocks.get("blocks").get(0).get("text").get("type").asString()).isEqualTo("mrkdwn");
		assertThat(blocks.get("blocks").get(0).get("text").get("text").asString()).contains(task);
		assertThat(blocks.get("blocks").get(1).get("elements").get(0).get("text").asString()).contains("/meetings/");

		JsonNode card = JSON.readTree(received("/teams-" + suffix).get(0).body());
		assertThat(card.get("type").asString()).isEqualTo("message");
		JsonNode attachment = card.get("attachments").get(0);
		assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(attachment.get("content").get("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(attachment.get("content").get("body").get(1).get("text").asString()).contains(task);
		assertThat(attachment.get("content").get("actions").get(0).get("type").asString()).isEqualTo("Action.OpenUrl");

		// the event is signed over its timestamp and body, and keeps its id across
		// retries
		Received event = received("/hook-" + suffix).get(2);
		JsonNode body = JSON.readTree(event.body());
		assertThat(body.get("type").asString()).isEqualTo("action.item.assigned");
		assertThat(body.get("version").asInt()).isEqualTo(1);
		assertThat(body.get("data").get("title").asString()).isEqualTo(task);
		assertThat(header(event, "Tandem-Event-Id")).isEqualTo(body.get("id").asString())
			.isEqualTo(JSON.readTree(received("/hook-" + suffix).get(0).body()).get("id").asString());
		Matcher signature = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(header(event, "Tandem-Signature"));
		assertThat(signature.matches()).isTrue();
		assertThat(signature.group(2))
			.isEqualTo(WebhookSignature.hmac(secret[0], signature.group(1) + "." + event.body()));
		await().until(() -> status(webhook).equals("SENT"));
		assertThat(this.jdbc.sql("SELECT attempts FROM notifications_delivery WHERE destination_id = ?")
			.param(webhook)
			.query(Integer.class)
			.single()).isEqualTo(3);

		// the bell, and the mailbox in the owner's language
		assertThat(ownerSession.get("/notifications/badge")).contains(">1<");
		assertThat(ownerSession.get("/notifications")).contains("Вам поручена задача: " + task);
		await().until(() -> Arrays.stream(smtp.getReceivedMessages()).anyMatch(mail -> {
			try {
				return mail.getSubject().startsWith("Вам поручена задача: " + task)
						&& mail.getAllRecipients()[0].toString().equals("owner-" + suffix + "@t.test");
			}
			catch (MessagingException ex) {
				return false;
			}
		}));
		ownerSession.submit("/notifications", "/notifications/read", "");
		assertThat(ownerSession.get("/notifications/badge")).doesNotContain(">1<");

		// an answer that will not change is given up at once, and an admin sends it again
		this.answers.put("/slack-" + suffix, List.of(200, 400));
		this.meetings.assign(next.id(), "Second " + task, owner, LocalDate.now().plusDays(7), chair);
		await().until(() -> "DEAD".equals(latestStatus(slack)));
		UUID dead = this.jdbc.sql("SELECT id FROM notifications_delivery WHERE destination_id = ? AND status = 'DEAD'")
			.param(slack)
			.query(UUID.class)
			.single();
		assertThat(admin.get("/admin/channels?status=DEAD")).contains("HTTP 400");
		admin.submit("/admin/channels", "/admin/channels/outbox/" + dead + "/replay", "");
		await().until(() -> "SENT".equals(this.jdbc.sql("SELECT status FROM notifications_delivery WHERE id = ?")
			.param(dead)
			.query(String.class)
			.single()));
		assertThat(received("/slack-" + suffix)).hasSize(3);

		// the test button: an admin's, through the same address check
		WebSession manager = managerSession(suffix);
		assertThat(manager.submit("/", "/admin/channels/" + slack + "/test", "").statusCode()).isEqualTo(403);
		admin.submit("/admin/channels", "/admin/channels/" + slack + "/test", "");
		assertThat(received("/slack-" + suffix)).hasSize(4);
		assertThat(received("/slack-" + suffix).get(3).body()).contains("Slack " + suffix);

		// a host no longer allowed is refused at send time too
		await()
			.until(() -> this.jdbc
				.sql("SELECT COUNT(*) FROM notifications_delivery WHERE status = 'PENDING' "
						+ "AND destination_id IN (?, ?, ?)")
				.params(slack, teams, webhook)
				.query(Long.class)
				.single() == 0);
		admin.submit("/admin/channels", "/admin/channels/hosts/delete", "host=127.0.0.1");
		int before = this.calls.get();
		this.meetings.assign(next.id(), "Third " + task, owner, LocalDate.now().plusDays(7), chair);
		await().until(() -> "DEAD".equals(latestStatus(teams)));
		assertThat(this.jdbc
			.sql("SELECT last_error FROM notifications_delivery WHERE destination_id = ? " + "AND status = 'DEAD'")
			.param(teams)
			.query(String.class)
			.single()).contains("refused");
		assertThat(this.calls.get()).as("nothing reached the forbidden address").isEqualTo(before);
	}

	@Test
	void deliveriesHeldByAStoppedInstanceAreTakenOverAndSentOnce() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String base = "http://127.0.0.1:" + this.standIn.getAddress().getPort();
		WebSession admin = WebSession.admin(this.port);
		admin.submit("/admin/channels", "/admin/channels/hosts", "host=127.0.0.1");
		UUID hook = destination(admin, "WEBHOOK", "Restart " + suffix, base + "/restart-" + suffix, new String[1]);
		admin.submit("/admin/channels", "/admin/channels/routes",
				"destination=" + hook + "&topic=ACTION_ITEM_ASSIGNED");
		CurrentUser chair = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		MeetingSeries series = this.meetings.createSeries(
				new SeriesDraft(MeetingKind.WEEKLY_STATUS, "Restart " + suffix, "Europe/Berlin", DayOfWeek.MONDAY,
						LocalTime.of(9, 0), 30, 0, LocalDate.now().plusDays(3), List.of(chair.id())),
				chair);
		UUID meeting = this.meetings.meetingsOf(series.id(), 10).get(0).id();

		// this instance's dispatcher stops; another instance claimed the rows and died
		this.dispatcher.stop();
		try {
			for (int i = 0; i < 5; i++) {
				this.meetings.assign(meeting, "Task " + i + " " + suffix, chair.id(), LocalDate.now().plusDays(7),
						chair);
			}
			java.time.Instant now = java.time.Instant.now();
			assertThat(this.store.claim(now, now.plus(Duration.ofSeconds(2)), 100)).hasSizeGreaterThanOrEqualTo(5);
		}
		finally {
			this.dispatcher.start();
		}
		// once the dead instance's claims run out, every event is sent, each once
		await().atMost(Duration.ofSeconds(30)).until(() -> received("/restart-" + suffix).size() == 5);
		Thread.sleep(3000);
		List<String> ids = received("/restart-" + suffix).stream().map(one -> header(one, "Tandem-Event-Id")).toList();
		assertThat(ids).hasSize(5).doesNotHaveDuplicates();
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM notifications_delivery WHERE destination_id = ? AND status = 'SENT'")
			.param(hook)
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	private UUID destination(WebSession admin, String kind, String name, String url, String[] secret) throws Exception {
		admin.submit("/admin/channels", "/admin/channels", "kind=" + kind + "&name=" + WebSession.encode(name) + "&url="
				+ WebSession.encode(url) + "&language=ru&perMinute=60");
		if (secret != null) {
			Matcher shown = Pattern.compile("(whsec_[0-9a-f]{64})").matcher(admin.get("/admin/channels"));
			assertThat(shown.find()).isTrue();
			secret[0] = shown.group(1);
		}
		return this.jdbc.sql("SELECT id FROM notifications_destination WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();
	}

	private WebSession managerSession(String suffix) throws Exception {
		this.administration.createUser("head-" + suffix, "Head " + suffix, "head-" + suffix + "@t.test",
				"password-" + suffix, Role.MANAGER, null, "en");
		return new WebSession(this.port, "head-" + suffix, "password-" + suffix);
	}

	private List<Received> received(String path) {
		return this.received.getOrDefault(path, List.of());
	}

	private static String header(Received received, String name) {
		return received.headers()
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(name))
			.map(entry -> entry.getValue().get(0))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " header"));
	}

	private String status(UUID destination) {
		return this.jdbc.sql("SELECT status FROM notifications_delivery WHERE destination_id = ? ORDER BY at")
			.param(destination)
			.query(String.class)
			.list()
			.get(0);
	}

	private String latestStatus(UUID destination) {
		List<String> all = this.jdbc
			.sql("SELECT status FROM notifications_delivery WHERE destination_id = ? ORDER BY at DESC")
			.param(destination)
			.query(String.class)
			.list();
		return all.isEmpty() ? "" : all.get(0);
	}

}
