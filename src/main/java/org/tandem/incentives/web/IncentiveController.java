package org.tandem.incentives.web;

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
import org.tandem.goals.Goal;
import org.tandem.goals.GoalId;
import org.tandem.goals.GoalManagement;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.incentives.Component;
import org.tandem.incentives.ComponentKind;
import org.tandem.incentives.Incentives;
import org.tandem.incentives.Programme;
import org.tandem.incentives.ProgrammeStatus;
import org.tandem.incentives.Statement;
import org.tandem.platform.Flash;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * Incentive programmes: the list, a programme's formula, participants, what-if and
 * statements for the heads and leadership, and one's own statement for a participant.
 */
@Controller
@RequestMapping("/incentives")
class IncentiveController {

	private final Incentives incentives;

	private final GoalManagement goals;

	private final UserDirectory directory;

	private final Clock clock;

	IncentiveController(Incentives incentives, GoalManagement goals, UserDirectory directory, Clock clock) {
		this.incentives = incentives;
		this.goals = goals;
		this.directory = directory;
		this.clock = clock;
	}

	/** A programme in the list, with the viewer's own statement when they take part. */
	record Line(Programme programme, @Nullable Statement mine) {
	}

	@GetMapping
	String list(Model model) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("lines", this.incentives.visibleTo(me).stream().map(programme -> {
			boolean takesPart = programme.participants().stream().anyMatch(p -> p.user().equals(me.id()));
			Statement mine = takesPart && programme.status() != ProgrammeStatus.DRAFT
					? mine(this.incentives.statements(programme), me) : null;
			return new Line(programme, mine);
		}).toList());
		model.addAttribute("head", Incentives.head(me));
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("defaultStart", today.withDayOfMonth(1).plusMonths(1));
		model.addAttribute("defaultEnd", today.withDayOfMonth(1).plusMonths(4).minusDays(1));
		return "incentives/list";
	}

	@PostMapping
	String create(@RequestParam String name,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam String currency, RedirectAttributes redirect) {
		try {
			Programme created = this.incentives.create(name, startsOn, endsOn, currency, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "incentives.created");
			return "redirect:/incentives/" + created.id();
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "incentives.invalid." + ex.field());
			return "redirect:/incentives";
		}
	}

	@GetMapping("/{id}")
	String programme(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
		CurrentUser me = CurrentUsers.require();
		Programme programme = this.incentives.find(id, me).orElseThrow(() -> new NotFoundException("Programme", id));
		model.addAttribute("programme", programme);
		model.addAttribute("head", Incentives.head(me));
		model.addAttribute("overseer", Incentives.overseer(me));
		List<Statement> live = programme.status() == ProgrammeStatus.DRAFT ? List.of()
				: this.incentives.statements(programme);
		model.addAttribute("statements",
				Incentives.overseer(me) ? live : live.stream().filter(s -> s.user().equals(me.id())).toList());
		model.addAttribute("runs", this.incentives.runs(programme));
		if (Incentives.overseer(me)) {
			Map<UUID, BigDecimal> attainments = new HashMap<>();
			Map<String, String> entered = new HashMap<>();
			for (Component component : programme.components()) {
				String value = params.getOrDefault("a_" + component.id(), "100");
				entered.put(component.id().toString(), value);
				attainments.put(component.id(), percent(value));
			}
			model.addAttribute("entered", entered);
			model.addAttribute("simulated", this.incentives.simulate(programme, attainments));
			List<Goal> goals = this.goals.all();
			Map<GoalId, String> goalNames = new HashMap<>();
			goals.forEach(goal -> goalNames.put(goal.id(), goal.name()));
			model.addAttribute("goals", goals);
			model.addAttribute("goalNames", goalNames);
			model.addAttribute("people", this.directory.all().stream().filter(UserSummary::enabled).toList());
			model.addAttribute("kinds", ComponentKind.values());
		}
		return "incentives/programme";
	}

	/**
	 * A percentage as typed (110, 87.5) as an attainment (1.1, 0.875); 0 when unreadable.
	 */
	private static BigDecimal percent(String value) {
		try {
			BigDecimal percent = new BigDecimal(value.strip().replace(',', '.'));
			return percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(1000)).movePointLeft(2);
		}
		catch (NumberFormatException ex) {
			return BigDecimal.ZERO;
		}
	}

	@GetMapping("/{id}/runs/{run}")
	String run(@PathVariable UUID id, @PathVariable UUID run, Model model) {
		CurrentUser me = CurrentUsers.require();
		Programme programme = this.incentives.find(id, me).orElseThrow(() -> new NotFoundException("Programme", id));
		model.addAttribute("programme", programme);
		model.addAttribute("run",
				this.incentives.runs(programme)
					.stream()
					.filter(one -> one.id().equals(run))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Run", run)));
		model.addAttribute("statements", this.incentives.statementsOf(programme, run, me));
		return "incentives/run";
	}

	@PostMapping("/{id}/components")
	String addComponent(@PathVariable UUID id, @RequestParam String name, @RequestParam ComponentKind kind,
			@RequestParam BigDecimal weight, @RequestParam(required = false) @Nullable UUID goal,
			@RequestParam BigDecimal threshold, @RequestParam BigDecimal cap, @RequestParam BigDecimal accelerator,
			RedirectAttributes redirect) {
		return act(id, redirect, "incentives.componentAdded", () -> this.incentives.addComponent(id, name, kind, weight,
				goal == null ? null : new GoalId(goal), threshold.movePointLeft(2), cap.movePointLeft(2), accelerator));
	}

	@PostMapping("/{id}/components/{component}/delete")
	String removeComponent(@PathVariable UUID id, @PathVariable UUID component, RedirectAttributes redirect) {
		return act(id, redirect, "incentives.componentRemoved", () -> this.incentives.removeComponent(id, component));
	}

	@PostMapping("/{id}/participants")
	String addParticipant(@PathVariable UUID id, @RequestParam UUID user, @RequestParam BigDecimal base,
			@RequestParam(required = false) @Nullable UUID goal, RedirectAttributes redirect) {
		return act(id, redirect, "incentives.participantAdded", () -> this.incentives.addParticipant(id,
				new UserId(user), base, goal == null ? null : new GoalId(goal)));
	}

	@PostMapping("/{id}/participants/{user}/delete")
	String removeParticipant(@PathVariable UUID id, @PathVariable UUID user, RedirectAttributes redirect) {
		return act(id, redirect, "incentives.participantRemoved",
				() -> this.incentives.removeParticipant(id, new UserId(user)));
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "incentives.activated", () -> this.incentives.activate(id, version));
	}

	@PostMapping("/{id}/calculate")
	String calculate(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean close,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, close ? "incentives.closed" : "incentives.calculated",
				() -> this.incentives.calculate(id, close, version, CurrentUsers.require()));
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		Flash.attempt(redirect, done, "incentives.invalid.", action);
		return "redirect:/incentives/" + id;
	}

	private static @Nullable Statement mine(List<Statement> statements, CurrentUser me) {
		return statements.stream().filter(statement -> statement.user().equals(me.id())).findFirst().orElse(null);
	}

}
