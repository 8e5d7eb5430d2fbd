package org.tandem.meetings;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.PdfText;
import org.tandem.WebSession;
import org.tandem.identity.Role;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A weekly status series set up in the UI: its meetings go on the calendar, its agenda
 * fills itself from the numbers and goes by email (through a real SMTP server) to each
 * participant in their language with a valid invitation; action items carry over to the
 * next meeting and show in their owner's list; only participants and the heads see a
 * meeting; a calendar feed opens by its secret link alone.
 */
@IntegrationTest
class MeetingsIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Test
	void aWeeklyMeetingFillsItsAgendaCarriesItsItemsOverAndIsSeenOnlyByItsPeople() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID head = user("head-" + suffix, Role.MANAGER, "en");
		UUID rep = user("rep-" + suffix, Role.SALES, "ru");
		user("outsider-" + suffix, Role.MARKETING, "en");
		user("boss-" + suffix, Role.LEADERSHIP, "en");
		WebSession chair = new WebSession(this.port, "head-" + suffix, "password-" + suffix);
		WebSession repSession = new WebSession(this.port, "rep-" + suffix, "password-" + suffix);

		String title = "Weekly " + suffix;
		assertThat(repSession.submit("/meetings", "/meetings/series", series(title, rep, head)).statusCode())
			.as("only the heads set up a series")
			.isEqualTo(403);
		assertThat(chair.submit("/meetings", "/meetings/series", series(title, rep, head)).statusCode()).isEqualTo(302);
		UUID series = this.jdbc.sql("SELECT id FROM meetings_series WHERE title = ?")
			.param(title)
			.query(UUID.class)
			.single();
		List<UUID> planned = this.jdbc
			.sql("SELECT id FROM meetings_meeting WHERE series_id = ? AND status = 'PLANNED' ORDER BY starts_at")
			.param(series)
			.query(UUID.class)
			.list();
		assertThat(planned).as("six weeks of Mondays on the calendar").hasSizeBetween(5, 7);
		UUID next = planned.get(0);
		UUID after = planned.get(1);

		// an item given last week and not done: overdue on this week's agenda
		String overdue = "Fix the lead form " + suffix;
		assertThat(
				chair
					.submit("/meetings/" + next, "/meetings/" + next + "/items",
							"title=" + WebSession.encode(overdue) + "&owner=" + rep + "&dueOn="
									+ LocalDate.now().minusDays(1))
					.statusCode())
			.isEqualTo(302);
		chair.submit("/meetings/" + next, "/meetings/" + next + "/topics",
				"section=CUSTOMER_FEEDBACK&text=" + WebSession.encode("<script>alert(1)</script> pricing questions"));
		assertThat(chair.submit("/meetings/" + next, "/meetings/" + next + "/refresh", "").statusCode()).isEqualTo(302);

		String page = chair.get("/meetings/" + next);
		assertThat(page).contains("Opening: the numbers that moved", "Campaign review and results",
				"Sales analysis and problem areas", "Customer and partner feedback", "Planning and task assignment",
				"Close: owners and due dates");
		assertThat(page).contains("Leads that came in: ", "MQLs: ", "Overdue: " + overdue,
				"Confirm each action item&#39;s owner and due date.");
		assertThat(page).as("a topic is shown as text")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; pricing questions")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(this.jdbc.sql("SELECT status FROM meetings_meeting WHERE id = ?")
			.param(next)
			.query(String.class)
			.single()).isEqualTo("PREPARED");

		// the agenda by email, to each participant in their language, with the invitation
		await().until(() -> mailsTo(List.of("head-" + suffix, "rep-" + suffix)) == 2);
		MimeMessage english = mailTo("head-" + suffix);
		MimeMessage russian = mailTo("rep-" + suffix);
		assertThat(english.getSubject()).startsWith("Agenda: " + title);
		assertThat(russian.getSubject()).startsWith("Повестка: " + title);
		assertThat(GreenMailUtil.getBody(russian)).isNotEmpty();
		String mailed = text(russian);
		assertThat(mailed).contains("Просрочено: " + overdue, "Открытие: как изменились цифры");
		Calendar attached = validCalendar(attachment(english));
		VEvent event = (VEvent) attached.getComponents().get(0);
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(next + "@tandem");
		assertThat(attached.toString()).contains("mailto:rep-" + suffix + "@t.test",
				"mailto:head-" + suffix + "@t.test");

		// the invitation downloads too, for those who may see the meeting
		assertThat(validCalendar(chair.bytes("/meetings/" + next + ".ics").body()).getComponents()).hasSize(1);

		// held: the open item carries over to the next meeting and stays on its owner's
		// list
		long version = this.jdbc.sql("SELECT version FROM meetings_meeting WHERE id = ?")
			.param(next)
			.query(Long.class)
			.single();
		chair.submit("/meetings/" + next, "/meetings/" + next + "/minutes",
				"minutes=" + WebSession.encode("We agreed to fix the form.") + "&status=HELD&version=" + version);
		chair.submit("/meetings/" + next, "/meetings/" + next + "/decisions",
				"text=" + WebSession.encode("Webinar SQLs are called back within a day"));
		assertThat(chair.get("/meetings/" + after)).contains(overdue, "carried over");
		String pack = PdfText.of(chair.bytes("/meetings/" + next + ".pdf?lang=ru").body()).replaceAll("\\s+", " ");
		assertThat(pack).contains(title, "Повестка", "Открытие: как изменились цифры", overdue,
				"Webinar SQLs are called back within a day", "We agreed to fix the form.");
		assertThat(pack).as("the funnel chart's legend").contains("Предыдущий период", "Этот период");
		assertThat(repSession.get("/meetings/items")).contains(overdue, title);

		// only participants and the heads see a meeting; leadership reads but does not
		// write
		WebSession outsider = new WebSession(this.port, "outsider-" + suffix, "password-" + suffix);
		assertThat(outsider.answer("/meetings/" + next).statusCode()).isEqualTo(404);
		assertThat(outsider.answer("/meetings/" + next + ".ics").statusCode()).isEqualTo(404);
		WebSession boss = new WebSession(this.port, "boss-" + suffix, "password-" + suffix);
		assertThat(boss.get("/meetings/" + next)).contains("We agreed to fix the form.");
		boss.submit("/meetings/" + next, "/meetings/" + next + "/decisions", "text=" + WebSession.encode("Not theirs"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM meetings_decision WHERE meeting_id = ?")
			.param(next)
			.query(Long.class)
			.single()).isEqualTo(1);

		// the rep's calendar feed opens by its link alone, and no other
		repSession.submit("/meetings", "/meetings/feed", "");
		Matcher link = Pattern.compile("(/calendar/cal_[0-9a-f]+\\.ics)").matcher(repSession.get("/meetings"));
		assertThat(link.find()).as("the new link is shown once").isTrue();
		HttpClient anonymous = HttpClient.newHttpClient();
		HttpResponse<byte[]> feed = anonymous.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + link.group(1))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		assertThat(validCalendar(feed.body()).getComponents().size()).isGreaterThanOrEqualTo(5);
		assertThat(anonymous
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/calendar/cal_0000.ics"))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.sql("SELECT token_hash FROM meetings_feed WHERE user_id = ?")
			.param(rep)
			.query(String.class)
			.single()).as("only the link's hash is kept").doesNotContain(link.group(1).substring(10, 40));
	}

	private UUID user(String username, Role role, String locale) {
		return this.administration
			.createUser(username, username, username + "@t.test",
					"password-" + username.substring(username.indexOf('-') + 1), role, null, locale)
			.value();
	}

	private static String series(String title, UUID... participants) {
		StringBuilder form = new StringBuilder("kind=WEEKLY_STATUS&title=" + WebSession.encode(title)
				+ "&timeZone=Europe%2FBerlin&weekday=MONDAY&startTime=10:00&durationMinutes=60&prepareDays=3"
				+ "&firstOn=" + LocalDate.now(ZoneId.of("Europe/Berlin")));
		Arrays.stream(participants).forEach(id -> form.append("&participants=").append(id));
		return form.toString();
	}

	private static long mailsTo(List<String> users) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				String to = message.getAllRecipients()[0].toString();
				return users.stream().anyMatch(user -> to.startsWith(user + "@"));
			}
			catch (Exception ex) {
				return false;
			}
		}).count();
	}

	private static MimeMessage mailTo(String user) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().startsWith(user + "@")) {
				return message;
			}
		}
		throw new AssertionError("no mail to " + user);
	}

	/** The plain text of a message with a text and an HTML alternative. */
	private static String text(MimeMessage message) throws Exception {
		StringBuilder all = new StringBuilder();
		collect(message.getContent(), all);
		return all.toString();
	}

	private static void collect(Object content, StringBuilder all) throws Exception {
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (part.isMimeType("text/plain")) {
					all.append(part.getContent());
				}
				else {
					collect(part.getContent(), all);
				}
			}
		}
	}

	private static byte[] attachment(MimeMessage message) throws Exception {
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if ("meeting.ics".equals(part.getFileName())) {
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("no invitation attached");
	}

	/** Parses an iCalendar object and checks it with ical4j's validator. */
	private static Calendar validCalendar(byte[] ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		assertThat(new String(ics, StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR", "VERSION:2.0");
		new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
		return calendar;
	}

}
