package org.tandem.training;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.identity.Role;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.training.domain.TrainingStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme marketing teaches sales, set up through the web: reps enrol in what is to
 * come, the trainer records who came (a rep cannot), attendees rate the session once,
 * completing every session completes the programme, and the skills matrix shows it.
 */
@IntegrationTest
class TrainingIntegrationTests {

	private static final Pattern PROGRAMME = Pattern.compile("/training/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	TrainingStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProgrammeFromSetUpToTheSkillsMatrix() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserId trainer = user("tmk-" + suffix, Role.MARKETING);
		UserId rep = user("trep-" + suffix, Role.SALES);
		user("tother-" + suffix, Role.SALES);

		WebSession head = WebSession.admin(this.port);
		String skill = "MQL criteria " + suffix;
		var created = head.submit("/training", "/training", "title=" + WebSession.encode("Qualified leads " + suffix)
				+ "&taughtBy=MARKETING&description=Why&skills=" + WebSession.encode(skill));
		Matcher found = PROGRAMME.matcher(created.headers().firstValue("Location").orElseThrow());
		assertThat(found.find()).isTrue();
		String page = "/training/" + found.group(1);
		UUID programme = UUID.fromString(found.group(1));
		head.submit(page, page + "/sessions", "title=Held&format=SEMINAR&on=" + LocalDate.now().minusDays(2)
				+ "&at=10:00&timeZone=UTC&minutes=90&trainer=" + trainer.value() + "&capacity=10");
		head.submit(page, page + "/sessions", "title=Coming&format=ROLE_PLAY&on=" + LocalDate.now().plusDays(7)
				+ "&at=10:00&timeZone=UTC&minutes=60&trainer=" + trainer.value() + "&capacity=1");
		UUID held = session(programme, "Held");
		UUID coming = session(programme, "Coming");

		// enrolment: what is to come, while there is room
		WebSession repSession = session("trep-" + suffix);
		repSession.submit(page, "/training/sessions/" + coming + "/enrol", "");
		repSession.submit(page, "/training/sessions/" + held + "/enrol", "");
		session("tother-" + suffix).submit(page, "/training/sessions/" + coming + "/enrol", "");
		assertThat(count("SELECT COUNT(*) FROM training_enrolment WHERE session_id = ?", coming)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM training_enrolment WHERE session_id = ?", held))
			.as("a session that has started takes nobody new")
			.isZero();

		// the held session: the rep was there, the trainer says so; a rep cannot
		this.store.enrol(held, rep);
		assertThat(repSession
			.submit(page, "/training/sessions/" + held + "/attendance",
					"person=" + rep.value() + "&attendance=ATTENDED")
			.statusCode()).isEqualTo(403);
		session("tmk-" + suffix).submit(page, "/training/sessions/" + held + "/attendance",
				"person=" + rep.value() + "&attendance=ATTENDED");
		repSession.submit(page, "/training/sessions/" + held + "/rating",
				"rating=5&comment=" + WebSession.encode("Useful <b>" + suffix + "</b>"));
		repSession.submit(page, "/training/sessions/" + held + "/rating", "rating=1");
		assertThat(this.jdbc.sql("SELECT rating FROM training_enrolment WHERE session_id = ? AND user_id = ?")
			.params(held, rep.value())
			.query(Integer.class)
			.single()).as("rated once").isEqualTo(5);
		assertThat(head.get(page)).contains("Useful &lt;b&gt;" + suffix, "Attended");

		// two sessions, one attended: not completed; the matrix waits
		assertThat(head.get("/training/matrix")).contains(skill);
		assertThat(head.get("/training")).contains("By team", "Qualified leads " + suffix);
		assertThat(repSession.get("/training")).contains("1 of 2 sessions").doesNotContain(">completed<");
	}

	private UUID session(UUID programme, String title) {
		return this.jdbc.sql("SELECT id FROM training_session WHERE programme_id = ? AND title = ?")
			.params(programme, title)
			.query(UUID.class)
			.single();
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	private UserId user(String username, Role role) {
		return this.administration.createUser(username, username, username + "@t.test", "password-" + username, role,
				null, "en");
	}

	private WebSession session(String username) throws Exception {
		return new WebSession(this.port, username, "password-" + username);
	}

}
