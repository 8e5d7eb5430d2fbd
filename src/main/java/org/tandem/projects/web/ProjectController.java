package org.tandem.projects.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.goals.Kpi;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.Flash;
import org.tandem.platform.InputRejectedException;
import org.tandem.projects.Project;
import org.tandem.projects.Projects;

/** Joint projects: the list, and a project's page with everything on it. */
@Controller
@RequestMapping("/projects")
class ProjectController {

	private final Projects projects;

	private final UserDirectory directory;

	private final Clock clock;

	ProjectController(Projects projects, UserDirectory directory, Clock clock) {
		this.projects = projects;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("projects", this.projects.all());
		model.addAttribute("head", me.role() == Role.MANAGER || me.role() == Role.ADMIN);
		model.addAttribute("people", people());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("later", LocalDate.now(this.clock).plusMonths(3));
		return "projects/list";
	}

	@PostMapping
	String start(@RequestParam String name, @RequestParam String goal,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @RequestParam UUID owner,
			RedirectAttributes redirect) {
		try {
			Project project = this.projects.start(name, goal, startsOn, endsOn, new UserId(owner),
					CurrentUsers.require());
			redirect.addFlashAttribute("notice", "projects.started");
			return "redirect:/projects/" + project.id();
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "projects.invalid." + ex.field());
			return "redirect:/projects";
		}
	}

	@GetMapping("/{id}")
	String project(@PathVariable UUID id, Model model) {
		CurrentUser me = CurrentUsers.require();
		Project project = this.projects.get(id);
		Map<UUID, @Nullable BigDecimal> actuals = new HashMap<>();
		project.criteria().forEach(criterion -> actuals.put(criterion.id(), this.projects.actual(project, criterion)));
		model.addAttribute("project", project);
		model.addAttribute("actuals", actuals);
		model.addAttribute("canWork", this.projects.mayWork(project, me));
		model.addAttribute("people", people());
		model.addAttribute("kpis", Kpi.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("nextWeek", LocalDate.now(this.clock).plusDays(7));
		model.addAttribute("statuses", Project.Status.values());
		model.addAttribute("taskStatuses", Project.TaskStatus.values());
		model.addAttribute("healths", Project.Health.values());
		model.addAttribute("kinds", Project.RetroKind.values());
		return "projects/project";
	}

	@PostMapping("/{id}/members")
	String member(@PathVariable UUID id, @RequestParam UUID user, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.projects.addMember(id, new UserId(user), CurrentUsers.require()));
	}

	@PostMapping("/{id}/criteria")
	String criterion(@PathVariable UUID id, @RequestParam String description,
			@RequestParam(required = false) @Nullable Kpi kpi,
			@RequestParam(required = false) @Nullable BigDecimal target, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.projects.addCriterion(id, description, kpi, target, CurrentUsers.require()));
	}

	@PostMapping("/{id}/stages")
	String stage(@PathVariable UUID id, @RequestParam String name, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.projects.addStage(id, name, CurrentUsers.require()));
	}

	@PostMapping("/{id}/tasks")
	String task(@PathVariable UUID id, @RequestParam UUID stage, @RequestParam String title, @RequestParam UUID owner,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.projects.addTask(id, stage, title, new UserId(owner), dueOn, CurrentUsers.require()));
	}

	@PostMapping("/{id}/tasks/{task}")
	String taskStatus(@PathVariable UUID id, @PathVariable UUID task, @RequestParam Project.TaskStatus status,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.projects.setTask(id, task, status, CurrentUsers.require()));
	}

	@PostMapping("/{id}/reports")
	String report(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam Project.Health health, @RequestParam String summary, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.projects.report(id, from, to, health, summary, CurrentUsers.require()));
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable UUID id, @RequestParam Project.Status status, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.projects.setStatus(id, status, version, CurrentUsers.require()));
	}

	@PostMapping("/{id}/retrospective")
	String retro(@PathVariable UUID id, @RequestParam Project.RetroKind kind, @RequestParam String text,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.projects.retro(id, kind, text, CurrentUsers.require()));
	}

	@PostMapping("/{id}/retrospective/{item}/act")
	String actOn(@PathVariable UUID id, @PathVariable UUID item, @RequestParam UUID owner,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.projects.act(id, item, new UserId(owner), dueOn, CurrentUsers.require()));
	}

	private String act(UUID id, RedirectAttributes redirect, Runnable action) {
		Flash.attempt(redirect, "projects.saved", "projects.invalid.", action);
		return "redirect:/projects/" + id;
	}

	private List<UserSummary> people() {
		return this.directory.all().stream().filter(UserSummary::enabled).toList();
	}

}
