package org.tandem.projects;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiFilter;
import org.tandem.goals.KpiValue;
import org.tandem.goals.Kpis;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.meetings.ActionItem;
import org.tandem.meetings.ActionOrigin;
import org.tandem.meetings.Meetings;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Words;
import org.tandem.projects.domain.ProjectStore;

/**
 * Joint projects. Everyone reads them; the heads start one; its owner, members and the
 * heads work on it (members, criteria, stages, tasks, reports, the retrospective).
 */
@Service
@Transactional
public class Projects {

	/** What action items from a retrospective are filed under. */
	public static final String ORIGIN = "PROJECT";

	private final ProjectStore store;

	private final UserDirectory directory;

	private final Kpis kpis;

	private final Meetings meetings;

	private final Clock clock;

	Projects(ProjectStore store, UserDirectory directory, Kpis kpis, Meetings meetings, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.kpis = kpis;
		this.meetings = meetings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Project> all() {
		return this.store.all(people());
	}

	@Transactional(readOnly = true)
	public Project get(UUID id) {
		return this.store.find(id, people()).orElseThrow(() -> new NotFoundException("Project", id));
	}

	public Project start(String name, String goal, LocalDate startsOn, LocalDate endsOn, UserId owner, CurrentUser by) {
		if (endsOn.isBefore(startsOn) || endsOn.isAfter(startsOn.plusYears(2))) {
			throw new InputRejectedException("endsOn", "ends on or after its first day, within two years");
		}
		person(owner, "owner");
		UUID id = UUID.randomUUID();
		this.store.insert(id, Words.required("name", name, 200), Words.required("goal", goal, 2000), startsOn, endsOn,
				owner, this.clock.instant());
		this.store.addMember(id, owner);
		return get(id);
	}

	/** The owner, the members and the heads work on a project; leadership reads it. */
	public boolean mayWork(Project project, CurrentUser by) {
		return project.involves(by.id()) || by.role() == Role.MANAGER || by.role() == Role.ADMIN;
	}

	public void addMember(UUID id, UserId user, CurrentUser by) {
		working(id, by);
		person(user, "user");
		this.store.addMember(id, user);
	}

	public void addCriterion(UUID id, String description, @Nullable Kpi kpi, @Nullable BigDecimal target,
			CurrentUser by) {
		working(id, by);
		if ((kpi == null) != (target == null)) {
			throw new InputRejectedException("target", "a KPI needs a target, and a target a KPI");
		}
		this.store.addCriterion(id, Words.required("description", description, 500), kpi, target);
	}

	public void addStage(UUID id, String name, CurrentUser by) {
		working(id, by);
		this.store.addStage(id, Words.required("name", name, 120));
	}

	public void addTask(UUID id, UUID stage, String title, UserId owner, LocalDate dueOn, CurrentUser by) {
		Project project = working(id, by);
		if (project.stages().stream().noneMatch(one -> one.id().equals(stage))) {
			throw new InputRejectedException("stage", "is not a stage of this project");
		}
		person(owner, "owner");
		this.store.addTask(id, stage, Words.required("title", title, 300), owner, dueOn, this.clock.instant());
	}

	public void setTask(UUID id, UUID task, Project.TaskStatus status, CurrentUser by) {
		working(id, by);
		if (!this.store.setTask(id, task, status)) {
			throw new NotFoundException("Task", task);
		}
	}

	public void report(UUID id, LocalDate from, LocalDate to, Project.Health health, String summary, CurrentUser by) {
		working(id, by);
		if (to.isBefore(from)) {
			throw new InputRejectedException("to", "a period ends on or after its first day");
		}
		this.store.addReport(id, from, to, health, Words.required("summary", summary, 4000), by.displayName(),
				this.clock.instant());
	}

	public void setStatus(UUID id, Project.Status status, long version, CurrentUser by) {
		working(id, by);
		if (!this.store.setStatus(id, status, version)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "version",
					"the project was changed by someone else; reload it");
		}
	}

	public void retro(UUID id, Project.RetroKind kind, String text, CurrentUser by) {
		working(id, by);
		this.store.addRetro(id, kind, Words.required("text", text, 1000), by.displayName(), this.clock.instant());
	}

	/** Turns a retrospective item into an action item with an owner and a deadline. */
	public ActionItem act(UUID id, UUID item, UserId owner, LocalDate dueOn, CurrentUser by) {
		Project project = working(id, by);
		Project.RetroItem retro = project.retrospective()
			.stream()
			.filter(one -> one.id().equals(item))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Retrospective item", item));
		if (retro.actionItem() != null) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "item", "this item is an action item already");
		}
		ActionItem action = this.meetings.assign(new ActionOrigin(ORIGIN, id, project.name(), "/projects/" + id),
				retro.text().length() > 300 ? retro.text().substring(0, 299) + "…" : retro.text(), owner, dueOn, by);
		this.store.retroActed(id, item, action.id());
		return action;
	}

	/** A criterion's KPI over the project's period, up to today; null without a KPI. */
	@Transactional(readOnly = true)
	public @Nullable BigDecimal actual(Project project, Project.Criterion criterion) {
		if (criterion.kpi() == null) {
			return null;
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate to = project.endsOn().isBefore(today) ? project.endsOn() : today;
		if (to.isBefore(project.startsOn())) {
			return null;
		}
		KpiValue value = this.kpis.value(criterion.kpi(),
				new KpiFilter(project.startsOn(), to, null, null, null, null, null));
		return value.scalar(value.amounts().isEmpty() ? null : value.amounts().get(0).currency());
	}

	private Project working(UUID id, CurrentUser by) {
		Project project = get(id);
		if (!mayWork(project, by)) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "project",
					"its owner, its members and the heads work on a project");
		}
		return project;
	}

	private void person(UserId user, String field) {
		this.directory.find(user)
			.filter(UserSummary::enabled)
			.orElseThrow(() -> new InputRejectedException(field, "is not a person who can log in"));
	}

	private Map<UserId, UserSummary> people() {
		return this.directory.all().stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

}
