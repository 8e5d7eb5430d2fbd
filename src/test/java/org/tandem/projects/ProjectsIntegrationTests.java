package org.tandem.projects;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.identity.Role;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A joint project through the web: members from both departments, a criterion on a KPI,
 * stages and tasks, a status report, and a retrospective item that becomes an action item
 * on its owner's list; everyone reads it, only those on it (and the heads) change it.
 */
@IntegrationTest
class ProjectsIntegrationTests {

	private static final Pattern PROJECT = Pattern.compile("/projects/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	Projects projects;

	@Test
	void aJointProjectFromItsGoalToItsRetrospective() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserId marketer = user("pmk-" + suffix, Role.MARKETING);
		UserId rep = user("prep-" + suffix, Role.SALES);
		user("pout-" + suffix, Role.SALES);

		WebSession head = WebSession.admin(this.port);
		var started = head.submit("/projects", "/projects",
				"name=" + WebSession.encode("Webinars " + suffix) + "&goal=Leads&startsOn="
						+ LocalDate.now().minusDays(10) + "&endsOn=" + LocalDate.now().plusDays(30) + "&owner="
						+ marketer.value());
		Matcher found = PROJECT.matcher(started.headers().firstValue("Location").orElseThrow());
		assertThat(found.find()).isTrue();
		String page = "/projects/" + found.group(1);
		UUID id = UUID.fromString(found.group(1));

		WebSession owner = session("pmk-" + suffix);
		owner.submit(page, page + "/members", "user=" + rep.value());
		owner.submit(page, page + "/criteria",
				"description=" + WebSession.encode("Fifty SQLs") + "&kpi=SQLS&target=50");
		owner.submit(page, page + "/criteria", "description=Broken&kpi=SQLS");
		owner.submit(page, page + "/stages", "name=Prepare");
		UUID stage = this.projects.get(id).stages().get(0).id();
		owner.submit(page, page + "/tasks", "stage=" + stage + "&title=" + WebSession.encode("Brief sales " + suffix)
				+ "&owner=" + rep.value() + "&dueOn=" + LocalDate.now().plusDays(3));
		owner.submit(page, page + "/reports", "from=" + LocalDate.now().minusDays(7) + "&to=" + LocalDate.now()
				+ "&health=AT_RISK&summary=" + WebSession.encode("Partner moved <i>date</i>"));
		owner.submit(page, page + "/retrospective",
				"kind=IMPROVEMENT&text=" + WebSession.encode("Send attendee lists the same day " + suffix));

		Project project = this.projects.get(id);
		assertThat(project.joint()).isTrue();
		assertThat(project.criteria()).hasSize(1);
		assertThat(project.tasks()).singleElement().satisfies(task -> assertThat(task.owner()).isEqualTo(rep));

		// everyone reads it; a rep not on it changes nothing
		WebSession outsider = session("pout-" + suffix);
		assertThat(outsider.get(page)).contains("Webinars " + suffix, "Partner moved &lt;i&gt;date&lt;/i&gt;",
				"Fifty SQLs", "SQLs:");
		assertThat(outsider.submit(page, page + "/stages", "name=Mine").statusCode()).isEqualTo(403);
		assertThat(this.projects.get(id).stages()).hasSize(1);

		// a member marks the task done; the improvement becomes an action item
		WebSession member = session("prep-" + suffix);
		member.submit(page, page + "/tasks/" + project.tasks().get(0).id(), "status=DONE");
		UUID item = project.retrospective().get(0).id();
		member.submit(page, page + "/retrospective/" + item + "/act",
				"owner=" + rep.value() + "&dueOn=" + LocalDate.now().plusDays(10));
		Project after = this.projects.get(id);
		assertThat(after.tasks().get(0).status()).isEqualTo(Project.TaskStatus.DONE);
		assertThat(after.retrospective().get(0).actionItem()).isNotNull();
		assertThat(member.get("/meetings/items")).contains("Send attendee lists the same day " + suffix,
				"Webinars " + suffix);
	}

	private UserId user(String username, Role role) {
		return this.administration.createUser(username, username, username + "@t.test", "password-" + username, role,
				null, "en");
	}

	private WebSession session(String username) throws Exception {
		return new WebSession(this.port, username, "password-" + username);
	}

}
