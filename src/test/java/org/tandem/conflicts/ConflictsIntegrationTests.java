package org.tandem.conflicts;

import java.time.LocalDate;
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
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conflict from registration to closure: only its parties, the heads of their
 * departments, leadership and admins see it (on the pages and over the API); the heads
 * classify it, set a mediation meeting with both sides and agree measures that land on
 * their owners' lists; parties add notes but do not close it; and a later conflict on the
 * same theme is flagged as a repeat.
 */
@IntegrationTest
class ConflictsIntegrationTests {

	private static final Pattern CONFLICT = Pattern.compile("/conflicts/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory directory;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConflictIsSeenByItsPartiesAndTheirHeadsAndClosedWithMeasures() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		TeamId sales = this.administration.createTeam("Sales " + suffix, TeamKind.SALES);
		TeamId marketing = this.administration.createTeam("Marketing " + suffix, TeamKind.MARKETING);
		String rep = user("crep-" + suffix, Role.SALES, sales);
		String marketer = user("cmk-" + suffix, Role.MARKETING, marketing);
		String salesHead = user("chead-" + suffix, Role.MANAGER, sales);
		String outsider = user("cout-" + suffix, Role.SALES, null);
		String teamlessHead = user("cfree-" + suffix, Role.MANAGER, null);
		String boss = user("cboss-" + suffix, Role.LEADERSHIP, null);

		// a rep raises it against a marketer
		WebSession repSession = session(rep);
		String title = "MQLs from paid social are junk " + suffix;
		var raised = repSession.submit("/conflicts", "/conflicts",
				"title=" + WebSession.encode(title) + "&theme=" + WebSession.encode("Lead quality from paid social")
						+ "&description=" + WebSession.encode("More than half sent back <script>x()</script>")
						+ "&parties=" + id(rep) + "&parties=" + id(marketer) + "&causes=GOAL_MISMATCH");
		Matcher found = CONFLICT.matcher(raised.headers().firstValue("Location").orElseThrow());
		assertThat(found.find()).as(raised.body()).isTrue();
		String page = "/conflicts/" + found.group(1);
		assertThat(repSession.get(page)).contains(title, "&lt;script&gt;x()&lt;/script&gt;", "Goal mismatch");

		// who sees it
		assertThat(session(marketer).get("/notifications")).contains("registered a conflict that concerns you");
		WebSession head = session(salesHead);
		assertThat(head.get(page)).contains(title, "Invite both sides");
		assertThat(session(boss).get(page)).contains(title).doesNotContain("Invite both sides");
		WebSession stranger = session(outsider);
		assertThat(stranger.answer(page).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/conflicts")).doesNotContain(title);
		assertThat(stranger.submit("/conflicts", page + "/notes", "body=hello").statusCode()).isEqualTo(404);
		assertThat(session(teamlessHead).answer(page).statusCode()).as("a head of neither party's department")
			.isEqualTo(404);
		ApiClient strangerApi = new ApiClient(this.port,
				this.tokens.issue("out " + suffix, Role.SALES, new UserId(id(outsider))));
		assertThat(strangerApi.get("/api/v1" + page).status()).isEqualTo(404);
		assertThat(strangerApi.get("/api/v1/conflicts").body()).doesNotContain(title);
		ApiClient repApi = new ApiClient(this.port,
				this.tokens.issue("rep " + suffix, Role.SALES, new UserId(id(rep))));
		assertThat(repApi.get("/api/v1" + page).body()).contains(title);

		// the head classifies it, sets the mediation and agrees measures
		head.submit(page, page + "/causes", "causes=GOAL_MISMATCH&causes=MISTRUST");
		assertThat(head.get(page)).contains("Mistrust · subjective");
		head.submit(page, page + "/mediation", "on=" + LocalDate.now().plusDays(3) + "&at=11:00&timeZone=Europe/Moscow"
				+ "&minutes=60&version=" + version(found.group(1)));
		UUID meeting = this.jdbc.sql("SELECT meeting_id FROM conflicts_conflict WHERE id = ?")
			.param(UUID.fromString(found.group(1)))
			.query(UUID.class)
			.single();
		assertThat(session(marketer).get("/meetings/" + meeting)).contains(title);
		String measure = "Tighten the fit rules " + suffix;
		head.submit(page, page + "/measures", "title=" + WebSession.encode(measure) + "&owner=" + id(marketer)
				+ "&dueOn=" + LocalDate.now().plusDays(14));
		assertThat(session(marketer).get("/meetings/items")).contains(measure, title);
		assertThat(head.get(page)).contains(measure, "Measures watched");

		// parties note, the heads close
		repSession.submit(page, page + "/notes", "body=" + WebSession.encode("Rejections are down this week"));
		assertThat(repSession.submit(page, page + "/resolve", "resolution=done&version=" + version(found.group(1)))
			.statusCode()).isEqualTo(403);
		head.submit(page, page + "/resolve", "resolution=" + WebSession.encode("Rejection rate fell below 20%")
				+ "&version=" + version(found.group(1)));
		assertThat(head.get(page)).contains("Rejections are down this week", "Rejection rate fell below 20%",
				"Resolved");

		// the same theme again is a repeat
		var again = repSession.submit("/conflicts", "/conflicts",
				"title=" + WebSession.encode("Paid social again " + suffix) + "&theme="
						+ WebSession.encode("paid-social lead quality") + "&description=again&parties=" + id(rep));
		Matcher second = CONFLICT.matcher(again.headers().firstValue("Location").orElseThrow());
		assertThat(second.find()).isTrue();
		assertThat(repSession.get("/conflicts/" + second.group(1))).contains("This theme came up", title);
	}

	private long version(String conflict) {
		return this.jdbc.sql("SELECT version FROM conflicts_conflict WHERE id = ?")
			.param(UUID.fromString(conflict))
			.query(Long.class)
			.single();
	}

	private UUID id(String username) {
		return this.directory.findByUsername(username).orElseThrow().id().value();
	}

	private String user(String username, Role role, TeamId team) {
		this.administration.createUser(username, username, username + "@t.test", "password-" + username, role, team,
				"en");
		return username;
	}

	private WebSession session(String username) throws Exception {
		return new WebSession(this.port, username, "password-" + username);
	}

}
