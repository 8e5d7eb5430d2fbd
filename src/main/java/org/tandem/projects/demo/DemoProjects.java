package org.tandem.projects.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.goals.Kpi;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;
import org.tandem.projects.Project;
import org.tandem.projects.Projects;

/**
 * The demo company's joint project: a series of webinars with partners, run by marketing
 * and sales together, half-way through, with its criteria, tasks, a status report and the
 * first retrospective notes.
 */
@Component
@Order(89)
class DemoProjects implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

	private final DemoMode demo;

	private final Projects projects;

	private final UserDirectory directory;

	private final Clock clock;

	DemoProjects(DemoMode demo, Projects projects, UserDirectory directory, Clock clock) {
		this.demo = demo;
		this.projects = projects;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<UserSummary> maria = this.directory.findByUsername("maria");
		Optional<UserSummary> oleg = this.directory.findByUsername("oleg");
		Optional<UserSummary> sergey = this.directory.findByUsername("sergey");
		Optional<UserSummary> anna = this.directory.findByUsername("anna");
		if (!this.demo.enabled() || !this.projects.all().isEmpty() || maria.isEmpty() || oleg.isEmpty()
				|| sergey.isEmpty() || anna.isEmpty()) {
			return;
		}
		CurrentUser head = CurrentUser.of(maria.get());
		LocalDate today = LocalDate.now(this.clock);
		Project project = this.projects
			.start("Partner webinar series",
					"Three webinars with our integration partners, with sales on every call, to bring in leads "
							+ "sales is glad to take.",
					today.minusDays(40), today.plusDays(50), maria.get().id(), head);
		var id = project.id();
		this.projects.addMember(id, oleg.get().id(), head);
		this.projects.addMember(id, sergey.get().id(), head);
		this.projects.addMember(id, anna.get().id(), head);
		this.projects.addCriterion(id, "Fifty SQLs from the series", Kpi.SQLS, new BigDecimal("50"), head);
		this.projects.addCriterion(id, "Sales accepts two MQLs in three", Kpi.MQL_TO_SQL, new BigDecimal("0.66"), head);
		for (String stage : new String[] { "Prepare", "Run", "Follow up" }) {
			this.projects.addStage(id, stage, head);
		}
		project = this.projects.get(id);
		var prepare = project.stages().get(0).id();
		var run = project.stages().get(1).id();
		var follow = project.stages().get(2).id();
		this.projects.addTask(id, prepare, "Agree topics with three partners", oleg.get().id(), today.minusDays(30),
				head);
		this.projects.addTask(id, prepare, "Write the sales brief for each webinar", oleg.get().id(),
				today.minusDays(25), head);
		this.projects.addTask(id, run, "Second webinar: a rep answers questions live", anna.get().id(),
				today.plusDays(6), head);
		this.projects.addTask(id, follow, "Call every attendee within a day", sergey.get().id(), today.plusDays(8),
				head);
		project = this.projects.get(id);
		this.projects.setTask(id, project.tasks().get(0).id(), Project.TaskStatus.DONE, head);
		this.projects.setTask(id, project.tasks().get(1).id(), Project.TaskStatus.DONE, head);
		this.projects.setStatus(id, Project.Status.RUNNING, project.version(), head);
		this.projects.report(id, today.minusDays(14), today.minusDays(1), Project.Health.AT_RISK,
				"First webinar held: 140 registered, 61 attended, 9 SQLs so far. The second partner moved its date.",
				head);
		this.projects.retro(id, Project.RetroKind.STRENGTH, "Reps on the call made attendees ask buying questions",
				head);
		this.projects.retro(id, Project.RetroKind.IMPROVEMENT, "Send the attendee list to sales the same evening",
				head);
		log.info("Demo data: a joint project half-way through");
	}

}
