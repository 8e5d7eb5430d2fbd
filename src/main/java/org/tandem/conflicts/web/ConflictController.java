package org.tandem.conflicts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.conflicts.Cause;
import org.tandem.conflicts.Conflict;
import org.tandem.conflicts.ConflictDraft;
import org.tandem.conflicts.Conflicts;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.Flash;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * The conflict register: the conflicts one may see and the form to raise one, and a
 * conflict's page with its causes, mediation, action plan and notes.
 */
@Controller
@RequestMapping("/conflicts")
class ConflictController {

	private final Conflicts conflicts;

	private final UserDirectory directory;

	private final Clock clock;

	ConflictController(Conflicts conflicts, UserDirectory directory, Clock clock) {
		this.conflicts = conflicts;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		CurrentUser me = CurrentUsers.require();
		List<Conflict> visible = this.conflicts.visibleTo(me);
		model.addAttribute("conflicts", visible);
		model.addAttribute("repeated", this.conflicts.repeatedThemes(me));
		model.addAttribute("themes", visible.stream().map(Conflict::theme).distinct().sorted().toList());
		model.addAttribute("people", people());
		model.addAttribute("causes", Cause.values());
		return "conflicts/list";
	}

	@PostMapping
	String raise(@RequestParam String title, @RequestParam String theme, @RequestParam String description,
			@RequestParam(name = "parties", required = false) @Nullable List<UUID> parties,
			@RequestParam(name = "causes", required = false) @Nullable List<Cause> causes,
			RedirectAttributes redirect) {
		try {
			Conflict raised = this.conflicts.raise(
					new ConflictDraft(title, theme, description,
							parties == null ? List.of() : parties.stream().map(UserId::new).toList(), set(causes)),
					CurrentUsers.require());
			redirect.addFlashAttribute("notice", "conflicts.raised");
			return "redirect:/conflicts/" + raised.id();
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "conflicts.invalid." + ex.field());
			return "redirect:/conflicts";
		}
	}

	@GetMapping("/{id}")
	String conflict(@PathVariable UUID id, Model model) {
		CurrentUser me = CurrentUsers.require();
		Conflict conflict = this.conflicts.find(id, me).orElseThrow(() -> new NotFoundException("Conflict", id));
		model.addAttribute("conflict", conflict);
		model.addAttribute("canAct", this.conflicts.mayAct(conflict, me));
		model.addAttribute("repeats", this.conflicts.repeats(conflict, me));
		model.addAttribute("plan", this.conflicts.plan(conflict));
		model.addAttribute("notes", this.conflicts.notes(conflict));
		model.addAttribute("causes", Cause.values());
		model.addAttribute("people", people());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("nextWeek", LocalDate.now(this.clock).plusDays(7));
		model.addAttribute("zone", LocaleContextHolder.getTimeZone().toZoneId().getId());
		return "conflicts/conflict";
	}

	@PostMapping("/{id}/causes")
	String classify(@PathVariable UUID id,
			@RequestParam(name = "causes", required = false) @Nullable List<Cause> causes,
			RedirectAttributes redirect) {
		return act(id, redirect, "conflicts.classified",
				() -> this.conflicts.classify(id, set(causes), CurrentUsers.require()));
	}

	@PostMapping("/{id}/mediation")
	String mediate(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime at, @RequestParam String timeZone,
			@RequestParam(defaultValue = "60") Integer minutes, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "conflicts.mediationSet",
				() -> this.conflicts.mediate(id, on, at, timeZone, minutes, version, CurrentUsers.require()));
	}

	@PostMapping("/{id}/measures")
	String measure(@PathVariable UUID id, @RequestParam String title, @RequestParam UUID owner,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, RedirectAttributes redirect) {
		return act(id, redirect, "conflicts.measureAdded",
				() -> this.conflicts.measure(id, title, new UserId(owner), dueOn, CurrentUsers.require()));
	}

	@PostMapping("/{id}/notes")
	String note(@PathVariable UUID id, @RequestParam String body, RedirectAttributes redirect) {
		return act(id, redirect, "conflicts.noted", () -> this.conflicts.note(id, body, CurrentUsers.require()));
	}

	@PostMapping("/{id}/resolve")
	String resolve(@PathVariable UUID id, @RequestParam String resolution, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "conflicts.resolved",
				() -> this.conflicts.resolve(id, resolution, version, CurrentUsers.require()));
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "conflicts.reopened",
				() -> this.conflicts.reopen(id, version, CurrentUsers.require()));
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		Flash.attempt(redirect, done, "conflicts.invalid.", action);
		return "redirect:/conflicts/" + id;
	}

	private static Set<Cause> set(@Nullable List<Cause> causes) {
		return causes == null || causes.isEmpty() ? EnumSet.noneOf(Cause.class) : EnumSet.copyOf(causes);
	}

	private List<UserSummary> people() {
		return this.directory.all().stream().filter(UserSummary::enabled).toList();
	}

}
