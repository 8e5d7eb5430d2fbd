package org.tandem.goals.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.Channel;
import org.tandem.crm.SizeBand;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalDraft;
import org.tandem.goals.GoalId;
import org.tandem.goals.GoalManagement;
import org.tandem.goals.GoalTarget;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiAlerts;
import org.tandem.goals.KpiFacts;
import org.tandem.goals.Kpis;
import org.tandem.identity.AccessPolicy;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.FormErrors;
import org.tandem.platform.InputRejectedException;

/**
 * The goals page both departments read, and the forms where the heads set a goal and
 * revise its target.
 */
@Controller
@RequestMapping("/goals")
class GoalController {

	private final GoalManagement goals;

	private final KpiFacts facts;

	private final UserDirectory directory;

	private final Kpis kpis;

	private final KpiAlerts alerts;

	GoalController(GoalManagement goals, KpiFacts facts, UserDirectory directory, Kpis kpis, KpiAlerts alerts) {
		this.alerts = alerts;
		this.goals = goals;
		this.facts = facts;
		this.directory = directory;
		this.kpis = kpis;
	}

	/** A goal as the form sets it: the target is a value or a change in percent. */
	record GoalForm(@NotBlank @Size(max = 150) String name, @NotNull Kpi kpi,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @Nullable UUID team,
			@Nullable UUID rep, @Nullable String channel, @Nullable String campaign, @Nullable String segment,
			@Nullable String currency, @Nullable @DecimalMin("0") @DecimalMax("999999999999999") BigDecimal value,
			@Nullable @DecimalMin("-100") @DecimalMax("10000") BigDecimal relativePercent,
			@Nullable @Size(max = 1000) String note, @NotEmpty List<UUID> owners) {

		GoalDraft draft() {
			return new GoalDraft(this.name, this.kpi, this.startsOn, this.endsOn,
					this.team == null ? null : new TeamId(this.team), this.rep == null ? null : new UserId(this.rep),
					this.channel, this.campaign, this.segment,
					this.currency == null || this.currency.isBlank() ? null : this.currency,
					new GoalTarget(this.value, this.relativePercent, null, null, this.note),
					this.owners.stream().map(UserId::new).toList());
		}

	}

	/** A new target from the goal's page. */
	record RevisionForm(@Nullable @DecimalMin("0") @DecimalMax("999999999999999") BigDecimal value,
			@Nullable @DecimalMin("-100") @DecimalMax("10000") BigDecimal relativePercent,
			@Nullable @Size(max = 1000) String note, @NotNull Long version) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("progress", this.goals.current());
		model.addAttribute("openAlerts",
				this.alerts.since(Instant.now().minus(90, ChronoUnit.DAYS))
					.stream()
					.filter(alert -> alert.acknowledgedAt() == null)
					.count());
		model.addAttribute("canSet", canSet());
		return "goals/goals";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		LocalDate today = LocalDate.now(this.facts.zone());
		LocalDate quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
		model.addAttribute("form", new GoalForm("", Kpi.MQLS, quarter, quarter.plusMonths(3).minusDays(1), null, null,
				null, null, null, "EUR", null, null, null, List.of(CurrentUsers.require().id().value())));
		return edit(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") GoalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Goal created = this.goals.create(form.draft(), CurrentUsers.require());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/goals/" + created.id();
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, targetField(ex));
			}
		}
		return edit(model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		GoalId goal = new GoalId(id);
		model.addAttribute("p", this.goals.progress(goal));
		model.addAttribute("revisions", this.goals.revisions(goal));
		model.addAttribute("canSet", canSet());
		if (!model.containsAttribute("revision")) {
			model.addAttribute("revision", new RevisionForm(null, null, null, this.goals.get(goal).version()));
		}
		return "goals/goal";
	}

	@PostMapping("/{id}/revisions")
	String revise(@PathVariable UUID id, @Valid @ModelAttribute("revision") RevisionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.goals.revise(new GoalId(id),
						new GoalTarget(form.value(), form.relativePercent(), null, null, form.note()), form.version(),
						CurrentUsers.require());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/goals/" + id;
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, targetField(ex));
			}
		}
		return show(id, model);
	}

	private String edit(Model model) {
		model.addAttribute("kpis", Kpi.values());
		model.addAttribute("teams", this.directory.teams());
		model.addAttribute("people", this.directory.all().stream().filter(UserSummary::enabled).toList());
		model.addAttribute("reps", this.directory.withRole(Role.SALES).stream().filter(UserSummary::enabled).toList());
		model.addAttribute("channels", Arrays.asList(Channel.values()));
		model.addAttribute("campaigns", this.kpis.campaigns());
		model.addAttribute("segments", Arrays.asList(SizeBand.values()));
		return "goals/goal-edit";
	}

	/** The form has the target's fields at its top level. */
	private static InputRejectedException targetField(InputRejectedException ex) {
		return ex.field() != null && ex.field().startsWith("target.")
				? new InputRejectedException(ex.field().substring("target.".length()), ex.message()) : ex;
	}

	private static boolean canSet() {
		Role role = CurrentUsers.require().role();
		return AccessPolicy.allows(HttpMethod.POST, "/goals", role);
	}

}
