package org.tandem.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.MailText;
import org.tandem.WebSession;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a team's people hear follows the team's choice until they choose for themselves;
 * opening a bell message marks it read and following an email's link is recorded, each
 * only by the person it was for; and the information flow counts both as reactions.
 */
@IntegrationTest
class InformationFlowIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	Notifier notifier;

	@Autowired
	Notifications notifications;

	@Test
	void aTeamsChoiceReachesItsPeopleAndTheirReactionsAreCounted() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		TeamId team = this.administration.createTeam("Flow " + suffix, TeamKind.SALES);
		UserId follower = user("follower-" + suffix, team);
		UserId chooser = user("chooser-" + suffix, team);
		this.notifications.choose(chooser, Arrays.stream(Topic.values()).map(Preference::standard).toList());

		// the team's choice: KPI alerts in the bell and by email, one by one
		WebSession admin = WebSession.admin(this.port);
		String teamPage = "/notifications/teams/" + team.value();
		assertThat(admin.submit(teamPage, teamPage, "inApp=KPI_ALERT&email=KPI_ALERT").statusCode()).isEqualTo(302);
		WebSession followerSession = session("follower-" + suffix);
		assertThat(followerSession.get("/notifications/settings")).contains("Your team");
		assertThat(followerSession.answer(teamPage).statusCode()).as("a rep may not set the team's choice")
			.isEqualTo(403);

		UUID event = UUID.randomUUID();
		this.notifier.tell(new Notice(event, Topic.KPI_ALERT, Instant.now(), List.of(follower, chooser),
				"notification.kpiAlert", List.of("Flow rule " + suffix, "#kpi.MQLS"), "/goals/alerts", Map.of()));

		// the follower gets the email, the one who chose for themselves does not
		MimeMessage mail = await().until(() -> mailTo("follower-" + suffix + "@t.test"), Optional::isPresent).get();
		assertThat(mailTo("chooser-" + suffix + "@t.test")).isEmpty();
		UUID delivery = this.jdbc.sql("SELECT id FROM notifications_delivery WHERE event_id = ? AND recipient_id = ?")
			.params(event, follower.value())
			.query(UUID.class)
			.single();
		assertThat(MailText.of(mail)).contains("/notifications/e/" + delivery);

		// following the email's link: recorded for its reader only, then on to the record
		WebSession chooserSession = session("chooser-" + suffix);
		assertThat(chooserSession.answer("/notifications/e/" + delivery).statusCode()).isEqualTo(404);
		var followed = followerSession.answer("/notifications/e/" + delivery);
		assertThat(followed.statusCode()).isEqualTo(302);
		assertThat(followed.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/goals/alerts"));
		assertThat(this.jdbc.sql("SELECT clicked_at FROM notifications_delivery WHERE id = ?")
			.param(delivery)
			.query(Instant.class)
			.optional()).isPresent();

		// opening a bell message marks it read
		UUID message = this.jdbc.sql("SELECT id FROM notifications_message WHERE event_id = ? AND user_id = ?")
			.params(event, chooser.value())
			.query(UUID.class)
			.single();
		assertThat(followerSession.answer("/notifications/" + message + "/open").statusCode()).isEqualTo(404);
		assertThat(chooserSession.get("/notifications")).contains("/notifications/" + message + "/open");
		assertThat(chooserSession.answer("/notifications/" + message + "/open").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications_message WHERE id = ? AND read_at IS NOT NULL")
			.param(message)
			.query(Long.class)
			.single()).isEqualTo(1);

		// the flow counts both reactions; reps may not read it
		InformationFlow flow = this.notifications.flow(Duration.ofDays(1));
		assertThat(flow.lines()).anySatisfy(line -> {
			assertThat(line.topic()).isEqualTo(Topic.KPI_ALERT);
			assertThat(line.channel()).isEqualTo("EMAIL");
			assertThat(line.reacted()).isPositive();
		});
		assertThat(flow.reactions()).anySatisfy(reaction -> {
			assertThat(reaction.topic()).isEqualTo(Topic.KPI_ALERT);
			assertThat(reaction.reacted()).isPositive();
			assertThat(reaction.median()).isNotNull();
		});
		assertThat(admin.get("/notifications/flow?days=7")).contains("How the departments work together",
				"Leads handed to sales", "Joint meetings held", "KPI alert");
		assertThat(followerSession.answer("/notifications/flow").statusCode()).isEqualTo(403);

		// back to the team's choice
		followerSession.submit("/notifications/settings", "/notifications/settings", "inApp=MENTION");
		assertThat(followerSession.get("/notifications/settings")).doesNotContain("Your team");
		followerSession.submit("/notifications/settings", "/notifications/settings/team", "");
		assertThat(followerSession.get("/notifications/settings")).contains("Your team");
	}

	private Optional<MimeMessage> mailTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).findFirst();
	}

	private UserId user(String username, TeamId team) {
		return this.administration.createUser(username, username, username + "@t.test", "password-" + username,
				Role.SALES, team, "en");
	}

	private WebSession session(String username) throws Exception {
		return new WebSession(this.port, username, "password-" + username);
	}

}
