package org.tandem.notifications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.crm.ActivityDraft;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ActivityType;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactDraft;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.intake.BehaviourDesk;
import org.tandem.intake.BehaviourEvent;
import org.tandem.intake.BehaviourType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A sequence after a webinar, through a real SMTP server: a lead who attended and agreed
 * to email gets its emails in turn, with their name and a one-click unsubscribe link; a
 * lead who did not agree gets none; following the link (without logging in) unsubscribes
 * at once, withdraws consent and stops the sequence.
 */
@IntegrationTest
class SequencesIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactManagement contacts;

	@Autowired
	BehaviourDesk behaviour;

	@Autowired
	SequenceRunner runner;

	@Autowired
	LeadReminders reminders;

	@Autowired
	ActivityLog activities;

	@Autowired
	UserDirectory directory;

	@Test
	void aWebinarSequenceWritesOnlyToThoseWhoAgreedAndStopsWhenTheyUnsubscribe() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		WebSession admin = WebSession.admin(this.port);
		admin.submit("/sequences", "/sequences",
				"name=" + WebSession.encode("After the webinar " + suffix) + "&trigger=WEBINAR_ATTENDED"
						+ "&delay=0&subject=" + WebSession.encode("Thanks for joining, {firstName}") + "&body="
						+ WebSession.encode("Here are the slides, {firstName}.") + "&delay=0&subject="
						+ WebSession.encode("A case study " + suffix) + "&body="
						+ WebSession.encode("Read how others did it.")
						+ "&delay=3&subject=Last+one&body=Bye&delay=1&subject=&body=");
		assertThat(admin.get("/sequences")).contains("After the webinar " + suffix);

		ContactSummary agreed = lead("ada-" + suffix, "Ada", true);
		ContactSummary silent = lead("bob-" + suffix, "Bob", false);
		for (ContactSummary person : List.of(agreed, silent)) {
			this.behaviour.record(new BehaviourEvent(BehaviourType.WEBINAR_ATTENDED, person.email(), null, null, null));
		}
		this.runner.sendDue();
		MimeMessage first = mailTo(agreed.email()).get(0);
		assertThat(first.getSubject()).isEqualTo("Thanks for joining, Ada");
		assertThat(GreenMailUtil.getBody(first)).contains("Here are the slides, Ada.");
		assertThat(first.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mailTo(silent.email())).as("no consent, no email").isEmpty();
		assertThat(status(silent)).isEqualTo("STOPPED");

		this.runner.sendDue();
		assertThat(mailTo(agreed.email())).extracting(MimeMessage::getSubject)
			.containsExactly("Thanks for joining, Ada", "A case study " + suffix);

		// the link works without logging in, and once is enough
		Matcher link = Pattern.compile("<http://[^/]+(/u/[0-9a-f]+)>")
			.matcher(mailTo(agreed.email()).get(1).getHeader("List-Unsubscribe")[0]);
		assertThat(link.find()).isTrue();
		HttpClient anonymous = HttpClient.newHttpClient();
		URI uri = URI.create("http://127.0.0.1:" + this.port + link.group(1));
		assertThat(anonymous.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body())
			.contains("id=\"unsubscribe\"");
		HttpResponse<String> done = anonymous.send(HttpRequest.newBuilder(uri)
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("id=\"unsubscribed\"");
		assertThat(this.contacts.find(agreed.id(), CurrentUser.SYSTEM).orElseThrow().consent().email()).isFalse();
		assertThat(status(agreed)).isEqualTo("STOPPED");
		assertThat(anonymous
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/u/0000"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aMeetingBookedWithALeadIsRemindedToTheLeadAndTheRep() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ContactSummary agreed = lead("cleo-" + suffix, "Cleo", true);
		ContactSummary silent = lead("dan-" + suffix, "Dan", false);
		CurrentUser rep = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		java.time.Instant at = java.time.Instant.now().plus(java.time.Duration.ofHours(3));
		for (ContactSummary person : List.of(agreed, silent)) {
			this.activities.record(
					new ActivityDraft(ActivityType.MEETING, at, person.id(), null, null, "Demo of the product", null),
					rep);
		}
		// the scheduled check may have claimed the reminder first: whoever claims it
		// sends it
		this.reminders.remindDue();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailTo(agreed.email())).hasSize(1));
		MimeMessage reminder = mailTo(agreed.email()).get(0);
		assertThat(reminder.getSubject()).startsWith("Reminder: our meeting on");
		assertThat(reminder.getHeader("List-Unsubscribe")[0]).contains("/u/");
		assertThat(mailTo(silent.email())).as("no consent, no email").isEmpty();
		assertThat(WebSession.admin(this.port).get("/notifications")).contains("Tomorrow: your meeting with Cleo Lead",
				"Tomorrow: your meeting with Dan Lead");
		this.reminders.remindDue();
		assertThat(mailTo(agreed.email())).as("reminded once").hasSize(1);
	}

	private ContactSummary lead(String name, String first, boolean consent) {
		ContactSummary person = this.contacts.create(new ContactDraft(name + "@t.test", first, "Lead", null, null, null,
				Channel.WEBINAR, null, null, "en", Map.of(), null));
		if (consent) {
			this.contacts.recordConsent(person.id(), true, "webinar sign-up", false, CurrentUser.SYSTEM);
		}
		return person;
	}

	private String status(ContactSummary person) {
		return this.jdbc.sql("SELECT status FROM notifications_enrolment WHERE contact_id = ?")
			.param(person.id().value())
			.query(String.class)
			.single();
	}

	private static List<MimeMessage> mailTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

}
