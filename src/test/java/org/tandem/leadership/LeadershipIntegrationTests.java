package org.tandem.leadership;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.tandem.IntegrationTest;
import org.tandem.MailText;
import org.tandem.WebSession;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactDraft;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.funnel.ActorKind;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.StageChanged;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers asked after a won deal answer once through a link that needs no login, in
 * their language, and the answer reaches leadership's page; imported history and those
 * who asked not to be contacted are not written to. Kudos reach the person thanked, and
 * leadership's page is for the heads and leadership only.
 */
@IntegrationTest
class LeadershipIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"));

	private static final Pattern LINK = Pattern.compile("/s/([0-9a-f]{48})\\?lang=ru");

	@LocalServerPort
	int port;

	@Autowired
	ContactManagement contacts;

	@Autowired
	CustomerPulse pulse;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserAdministration administration;

	@Test
	void aCustomerAnswersOnceAndLeadershipSeesIt() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ContactSummary customer = customer("happy-" + suffix, "ru");
		ContactSummary imported = customer("old-" + suffix, "en");
		ContactSummary leaveMeAlone = customer("alone-" + suffix, "en");
		this.contacts.recordConsent(leaveMeAlone.id(), false, null, true, CurrentUser.SYSTEM);
		won(customer, ActorKind.PERSON);
		won(customer, ActorKind.PERSON);
		won(imported, ActorKind.IMPORT);
		won(leaveMeAlone, ActorKind.PERSON);

		this.pulse.sendDue();
		assertThat(mailTo(imported.email())).as("imported history asks nobody").isEmpty();
		assertThat(mailTo(leaveMeAlone.email())).as("not to be contacted").isEmpty();
		List<MimeMessage> mails = mailTo(customer.email());
		assertThat(mails).as("asked once in 90 days").hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Как мы справились?");
		Matcher link = LINK.matcher(MailText.of(mails.get(0)));
		assertThat(link.find()).isTrue();
		String survey = "/s/" + link.group(1);

		HttpClient anonymous = HttpClient.newHttpClient();
		assertThat(get(anonymous, survey + "?lang=ru").body()).contains("порекомендуете нас");
		HttpResponse<String> answered = post(anonymous, survey,
				"score=9&comment=" + WebSession.encode("Great <script>x()</script> " + suffix));
		assertThat(answered.body()).contains("Thank you");
		assertThat(post(anonymous, survey, "score=2").body()).contains("answered already");
		assertThat(get(anonymous, "/s/" + "0".repeat(48)).statusCode()).isEqualTo(404);

		WebSession admin = WebSession.admin(this.port);

		// a rep may ask a customer at any moment (after a support call, say): once in 90
		// days
		ContactSummary supported = customer("support-" + suffix, "en");
		String section = "/pulse/for/" + supported.id().value();
		assertThat(admin.get(section)).contains("Never asked yet.");
		admin.submit("/contacts/" + supported.id().value(), section, "");
		this.pulse.sendDue();
		assertThat(mailTo(supported.email())).hasSize(1);
		assertThat(admin.get(section)).contains("no answer yet");
		admin.submit("/contacts/" + supported.id().value(), section, "");
		this.pulse.sendDue();
		assertThat(mailTo(supported.email())).as("asked once in 90 days").hasSize(1);

		String page = admin.get("/leadership");
		assertThat(page).contains("Are we one team?", "Customer satisfaction (NPS, 90 days)",
				"Great &lt;script&gt;x()&lt;/script&gt; " + suffix);
	}

	@Test
	void kudosReachThePersonThankedAndTheLeadershipPageIsNotForReps() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.administration.createUser("krep-" + suffix, "Rep " + suffix, "krep-" + suffix + "@t.test",
				"password-" + suffix, Role.SALES, null, "en");
		UUID marketer = this.administration
			.createUser("kmk-" + suffix, "Marketer " + suffix, "kmk-" + suffix + "@t.test", "password-" + suffix,
					Role.MARKETING, null, "en")
			.value();
		WebSession rep = new WebSession(this.port, "krep-" + suffix, "password-" + suffix);
		rep.submit("/kudos", "/kudos",
				"to=" + marketer + "&message=" + WebSession.encode("The case study closed the deal " + suffix));
		assertThat(rep.get("/kudos")).contains("Rep " + suffix + " thanked Marketer " + suffix, "across departments");
		WebSession thanked = new WebSession(this.port, "kmk-" + suffix, "password-" + suffix);
		assertThat(thanked.get("/notifications")).contains("Rep " + suffix + " thanked you");
		assertThat(WebSession.admin(this.port).get("/leadership")).contains("The case study closed the deal " + suffix);
		assertThat(rep.answer("/leadership").statusCode()).isEqualTo(403);
	}

	@Test
	void aDevelopmentPlanIsSeenByItsPersonTheirHeadsAndLeadership() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		TeamId marketing = this.administration.createTeam("Marketing " + suffix, TeamKind.MARKETING);
		TeamId sales = this.administration.createTeam("Sales " + suffix, TeamKind.SALES);
		UUID marketer = this.administration
			.createUser("dmk-" + suffix, "Dana " + suffix, "dmk-" + suffix + "@t.test", "password-" + suffix,
					Role.MARKETING, marketing, "en")
			.value();
		this.administration.createUser("dhead-" + suffix, "Head " + suffix, "dhead-" + suffix + "@t.test",
				"password-" + suffix, Role.MANAGER, marketing, "en");
		this.administration.createUser("dsales-" + suffix, "Sales head " + suffix, "dsales-" + suffix + "@t.test",
				"password-" + suffix, Role.MANAGER, sales, "en");
		this.administration.createUser("dboss-" + suffix, "Boss " + suffix, "dboss-" + suffix + "@t.test",
				"password-" + suffix, Role.LEADERSHIP, null, "en");

		WebSession salesHead = new WebSession(this.port, "dsales-" + suffix, "password-" + suffix);
		assertThat(salesHead.submit("/development", "/development", "person=" + marketer + "&focus=x").statusCode())
			.as("not the head of her department")
			.isEqualTo(403);
		WebSession head = new WebSession(this.port, "dhead-" + suffix, "password-" + suffix);
		var started = head.submit("/development", "/development",
				"person=" + marketer + "&focus=" + WebSession.encode("Speak the reps' language " + suffix));
		String plan = started.headers().firstValue("Location").orElseThrow().replaceAll(".*(/development/)", "$1");
		WebSession dana = new WebSession(this.port, "dmk-" + suffix, "password-" + suffix);
		dana.submit(plan, plan + "/goals",
				"text=" + WebSession.encode("Sit in on five sales calls") + "&dueOn=" + LocalDate.now().plusDays(20));
		head.submit(plan, plan + "/check-ins", "note=" + WebSession.encode("Two calls done <b>" + suffix + "</b>"));
		assertThat(dana.get(plan)).contains("Sit in on five sales calls", "Two calls done &lt;b&gt;" + suffix);
		assertThat(salesHead.answer(plan).statusCode()).isEqualTo(404);
		WebSession boss = new WebSession(this.port, "dboss-" + suffix, "password-" + suffix);
		assertThat(boss.get(plan)).contains("Speak the reps");
		assertThat(boss.submit(plan, plan + "/check-ins", "note=hi").statusCode()).isEqualTo(403);
	}

	private void won(ContactSummary customer, ActorKind kind) {
		this.events.publishEvent(new StageChanged(customer.id(), LifecycleStage.OPPORTUNITY, LifecycleStage.WON,
				Instant.now(), kind, null, null));
	}

	private ContactSummary customer(String name, String language) {
		return this.contacts.create(new ContactDraft(name + "@t.test", "Vera", "Customer", null, null, null,
				Channel.WEBINAR, null, null, language, Map.of(), null));
	}

	private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient client, String path, String form)
			throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<MimeMessage> mailTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

}
