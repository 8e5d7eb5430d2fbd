package org.tandem.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A diagnostics round from the playbook's template, answered through the web by both
 * departments: anonymous answers are kept with the department only and shown once each
 * department has three; nobody answers twice or for a round they were not asked; the
 * heads score the top divergence and give it as an action item that lands on its owner's
 * list; reps and leadership see only what is theirs to see.
 */
@IntegrationTest
class DiagnosticsIntegrationTests {

	private static final Pattern ROUND = Pattern.compile("/surveys/rounds/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnonymousRoundFromTheTemplateToAnActionItem() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		List<String> marketers = new ArrayList<>();
		List<String> reps = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			marketers.add(user("mk" + i + "-" + suffix, Role.MARKETING));
			reps.add(user("rp" + i + "-" + suffix, Role.SALES));
		}
		String boss = user("boss-" + suffix, Role.LEADERSHIP);

		// the admin makes a questionnaire from the template and sends it, anonymous
		WebSession admin = WebSession.admin(this.port);
		var created = admin.submit("/surveys", "/surveys/questionnaires", "template=true");
		assertThat(created.statusCode()).isEqualTo(302);
		String questionnairePage = created.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*(/surveys)", "$1");
		assertThat(admin.get(questionnairePage)).contains("Goals and objectives",
				"What counts as a qualified lead (MQL, SQL) is clear and shared.");
		UUID questionnaire = UUID.fromString(questionnairePage.substring(questionnairePage.lastIndexOf('/') + 1));
		String title = "Diagnostics " + suffix;
		var sent = admin.submit("/surveys", "/surveys/rounds", "questionnaire=" + questionnaire + "&title="
				+ WebSession.encode(title) + "&anonymous=true&closesOn=" + LocalDate.now().plusDays(7));
		Matcher found = ROUND.matcher(sent.headers().firstValue("Location").orElseThrow());
		assertThat(found.find()).isTrue();
		UUID round = UUID.fromString(found.group(1));
		assertThat(admin.get(questionnairePage)).as("a questionnaire sent is kept as it was").contains("Make a copy");

		List<UUID> questions = this.jdbc
			.sql("SELECT id FROM surveys_question WHERE questionnaire_id = ? ORDER BY position")
			.param(questionnaire)
			.query(UUID.class)
			.list();
		String answerPage = "/surveys/rounds/" + round + "/answer";

		// the round is in everyone's bell and list; the admin, not in either department,
		// was not asked
		WebSession firstMarketer = session(marketers.get(0));
		assertThat(firstMarketer.get("/surveys")).contains(title);
		assertThat(firstMarketer.get("/notifications")).contains("Please answer &quot;" + title);
		assertThat(admin.answer(answerPage).statusCode()).isEqualTo(404);

		// marketing agrees that the MQL definition is clear; sales does not
		String agree = answers(questions, 5, "Share the lead definition <b>" + suffix + "</b>");
		String disagree = answers(questions, 1, "Call us before campaigns");
		assertThat(firstMarketer.submit(answerPage, answerPage, agree).statusCode()).isEqualTo(302);
		assertThat(firstMarketer.get(answerPage)).contains("You answered this round.");
		firstMarketer.submit("/surveys", answerPage, agree);
		assertThat(count("SELECT COUNT(*) FROM surveys_response WHERE round_id = ?", round)).as("nobody answers twice")
			.isEqualTo(1);
		WebSession badRep = session(reps.get(0));
		badRep.submit(answerPage, answerPage, "q_" + questions.get(0) + "=9");
		assertThat(count("SELECT COUNT(*) FROM surveys_response WHERE round_id = ?", round))
			.as("an answer off the scale is refused whole")
			.isEqualTo(1);
		for (String rep : reps) {
			session(rep).submit(answerPage, answerPage, disagree);
		}

		// two marketers are too few to show
		String analysis = "/surveys/rounds/" + round;
		session(marketers.get(1)).submit(answerPage, answerPage, agree);
		assertThat(admin.get(analysis)).contains("so that no answer can be told apart")
			.doesNotContain("Share the lead definition");
		session(marketers.get(2)).submit(answerPage, answerPage, agree);
		String page = admin.get(analysis);
		assertThat(page).contains("divergence-chart", "beyond chance")
			.contains("Share the lead definition &lt;b&gt;" + suffix + "&lt;/b&gt;");

		// nothing ties an anonymous answer to its author, on the page, in the API or in
		// the rows
		assertThat(count("SELECT COUNT(*) FROM surveys_response WHERE round_id = ? AND (respondent_id IS NOT NULL "
				+ "OR submitted_at IS NOT NULL)", round))
			.isZero();
		ApiClient.Answer api = ApiClient.asAdmin(this.port).get("/api/v1/surveys/rounds/" + round);
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().get("divergence").get("index").asDouble()).isLessThan(60);
		String readersView = session(boss).get(analysis);
		for (String person : concat(marketers, reps)) {
			assertThat(readersView).doesNotContain(person);
			assertThat(api.body()).doesNotContain(person);
		}
		UserId repId = id(reps.get(1));
		ApiClient repApi = new ApiClient(this.port, this.tokens.issue("rep " + suffix, Role.SALES, repId));
		assertThat(repApi.get("/api/v1/surveys/rounds/" + round).status()).isEqualTo(403);

		// the heads score the top point and give it as an action item
		UUID mqlDefinition = questions.get(6);
		assertThat(page.indexOf("Q7. What counts as a qualified lead")).as("the widest divergence is first")
			.isLessThan(page.indexOf("Q1. Marketing and sales work"));
		admin.submit(analysis, analysis + "/points/" + mqlDefinition, "impact=5&frequency=4&risk=3");
		String task = "Write one MQL definition " + suffix;
		UUID owner = id(marketers.get(0)).value();
		admin.submit(analysis, analysis + "/points/" + mqlDefinition + "/items", "title=" + WebSession.encode(task)
				+ "&owner=" + owner + "&dueOn=" + LocalDate.now().plusDays(14) + "&direction=UNIFIED_METHODS");
		assertThat(admin.get(analysis)).contains("priority 60 = 5 × 4 × 3", task, "Unified methods");
		String items = firstMarketer.get("/meetings/items");
		assertThat(items).contains(task, title);

		// who may see what
		WebSession rep = session(reps.get(1));
		assertThat(rep.answer(analysis).statusCode()).isEqualTo(403);
		assertThat(rep
			.submit("/surveys", "/surveys/rounds",
					"questionnaire=" + questionnaire + "&title=x&closesOn=" + LocalDate.now().plusDays(3))
			.statusCode()).isEqualTo(403);
		WebSession leadership = session(boss);
		assertThat(leadership.get(analysis)).contains(title).doesNotContain("Turn into an action item");
		assertThat(leadership.submit(analysis, analysis + "/points/" + mqlDefinition, "impact=1&frequency=1&risk=1")
			.statusCode()).isEqualTo(403);

		// latecomers are reminded in their bell
		WebSession late = session(user("late-" + suffix, Role.SALES));
		admin.submit(analysis, analysis + "/remind", "");
		assertThat(late.get("/surveys")).doesNotContain(title).as("not asked: joined after the round was sent");
		assertThat(count("SELECT COUNT(*) FROM notifications_message WHERE topic = 'SURVEY' AND message = "
				+ "'notification.surveyReminder' AND args LIKE '%" + suffix + "%'", null))
			.isPositive();
	}

	@Test
	void aNamedRoundKeepsWhoAnswered() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String marketer = user("named-" + suffix, Role.MARKETING);
		WebSession admin = WebSession.admin(this.port);
		var created = admin.submit("/surveys", "/surveys/questionnaires",
				"name=" + WebSession.encode("Pulse " + suffix));
		String questionnairePage = created.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*(/surveys)", "$1");
		admin.submit(questionnairePage, questionnairePage + "/questions", "dimension=CULTURE&kind=SINGLE&text="
				+ WebSession.encode("How do we talk?") + "&options=" + WebSession.encode("Often\nRarely\n"));
		admin.submit(questionnairePage, questionnairePage + "/questions",
				"dimension=CULTURE&kind=SINGLE&text=" + WebSession.encode("One option only") + "&options=Alone");
		assertThat(admin.get(questionnairePage)).contains("How do we talk?", "Often; Rarely")
			.doesNotContain("One option only");
		UUID questionnaire = UUID.fromString(questionnairePage.substring(questionnairePage.lastIndexOf('/') + 1));
		var sent = admin.submit("/surveys", "/surveys/rounds", "questionnaire=" + questionnaire + "&title="
				+ WebSession.encode("Named " + suffix) + "&closesOn=" + LocalDate.now().plusDays(7));
		Matcher found = ROUND.matcher(sent.headers().firstValue("Location").orElseThrow());
		assertThat(found.find()).isTrue();
		UUID round = UUID.fromString(found.group(1));
		UUID question = this.jdbc.sql("SELECT id FROM surveys_question WHERE questionnaire_id = ?")
			.param(questionnaire)
			.query(UUID.class)
			.single();
		String answerPage = "/surveys/rounds/" + round + "/answer";
		WebSession session = session(marketer);
		assertThat(session.get(answerPage)).contains("This round is by name");
		session.submit(answerPage, answerPage, "q_" + question + "=1");
		UUID id = id(marketer).value();
		assertThat(count("SELECT COUNT(*) FROM surveys_response WHERE round_id = ? AND respondent_id = '" + id
				+ "' AND submitted_at IS NOT NULL", round))
			.isEqualTo(1);
	}

	private static String answers(List<UUID> questions, int point, String text) {
		StringBuilder form = new StringBuilder();
		// the template: scale questions but for 3 (single), 6 (multiple) and 13 (text)
		for (int i = 0; i < questions.size(); i++) {
			String value = switch (i + 1) {
				case 3 -> point > 3 ? "1" : "2";
				case 6 -> point > 3 ? "0" : "3";
				case 13 -> WebSession.encode(text);
				// the departments are furthest apart on what counts as a qualified lead
				case 7 -> String.valueOf(point);
				default -> point > 3 ? "4" : "2";
			};
			form.append(form.isEmpty() ? "" : "&").append("q_").append(questions.get(i)).append('=').append(value);
		}
		return form.toString();
	}

	private long count(String sql, UUID round) {
		var statement = this.jdbc.sql(sql);
		return (round == null ? statement : statement.param(round)).query(Long.class).single();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private String user(String username, Role role) {
		this.administration.createUser(username, username, username + "@t.test", "password-" + username, role, null,
				"en");
		return username;
	}

	private UserId id(String username) {
		return this.directory.findByUsername(username).orElseThrow().id();
	}

	private WebSession session(String username) throws Exception {
		return new WebSession(this.port, username, "password-" + username);
	}

}
