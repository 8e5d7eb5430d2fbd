package org.tandem.leadership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.leadership.Development;
import org.tandem.leadership.DevelopmentPlan;
import org.tandem.platform.Flash;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * Individual development plans: one's own, the ones a head looks after, and each plan.
 */
@Controller
@RequestMapping("/development")
class DevelopmentController {

	private final Development development;

	private final UserDirectory directory;

	private final Clock clock;

	DevelopmentController(Development development, UserDirectory directory, Clock clock) {
		this.development = development;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	String plans(Model model) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("plans", this.development.visibleTo(me));
		model.addAttribute("head", me.role() == Role.MANAGER || me.role() == Role.ADMIN);
		model.addAttribute("people", this.directory.all().stream().filter(UserSummary::enabled).toList());
		return "leadership/plans";
	}

	@PostMapping
	String start(@RequestParam UUID person, @RequestParam String focus, RedirectAttributes redirect) {
		try {
			DevelopmentPlan plan = this.development.start(new UserId(person), focus, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "development.started");
			return "redirect:/development/" + plan.id();
		}
		catch (InputRejectedException ex) {
			if (ex.getStatusCode().value() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", "development.invalid." + ex.field());
			return "redirect:/development";
		}
	}

	@GetMapping("/{id}")
	String plan(@PathVariable UUID id, Model model) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("plan", this.development.find(id, me).orElseThrow(() -> new NotFoundException("Plan", id)));
		model.addAttribute("canWrite", me.role() != Role.LEADERSHIP);
		model.addAttribute("nextMonth", LocalDate.now(this.clock).plusMonths(1));
		return "leadership/plan";
	}

	@PostMapping("/{id}/goals")
	String goal(@PathVariable UUID id, @RequestParam String text,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.development.addGoal(id, text, dueOn, CurrentUsers.require()));
	}

	@PostMapping("/{id}/goals/{goal}")
	String done(@PathVariable UUID id, @PathVariable UUID goal, @RequestParam boolean done,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.development.setDone(id, goal, done, CurrentUsers.require()));
	}

	@PostMapping("/{id}/check-ins")
	String checkIn(@PathVariable UUID id, @RequestParam String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.development.checkIn(id, note, CurrentUsers.require()));
	}

	private String act(UUID id, RedirectAttributes redirect, Runnable action) {
		Flash.attempt(redirect, "development.saved", "development.invalid.", action);
		return "redirect:/development/" + id;
	}

}
