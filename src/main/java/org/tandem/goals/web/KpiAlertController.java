package org.tandem.goals.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.Channel;
import org.tandem.crm.SizeBand;
import org.tandem.goals.AlertKind;
import org.tandem.goals.AlertRuleDraft;
import org.tandem.goals.AlertRuleId;
import org.tandem.goals.GoalId;
import org.tandem.goals.GoalManagement;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiAlerts;
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
 * The alerts page: what the rules raised lately, with the numbers behind each, and the
 * rules themselves, which the heads set.
 */
@Controller
@RequestMapping("/goals/alerts")
class KpiAlertController {

	private final KpiAlerts alerts;

	private final GoalManagement goals;

	private final UserDirectory directory;

	KpiAlertController(KpiAlerts alerts, GoalManagement goals, UserDirectory directory) {
		this.alerts = alerts;
		this.goals = goals;
		this.directory = directory;
	}

	/** A rule as the form sets it. */
	record RuleForm(@NotBlank @Size(max = 150) String name, @NotNull AlertKind kind, @Nullable Kpi kpi,
			@Nullable UUID team, @Nullable UUID rep, @Nullable String channel, @Nullable String segment,
			@Nullable String currency, @Nullable @Min(4) @Max(52) Integer weeks,
			@Nullable @DecimalMin("0.5") @DecimalMax("5") BigDecimal sigmas, @Nullable UUID goal,
			@Nullable List<UUID> owners) {

		AlertRuleDraft draft() {
			return new AlertRuleDraft(this.name, this.kind, this.kpi, this.team == null ? null : new TeamId(this.team),
					this.rep == null ? null : new UserId(this.rep), this.channel, null, this.segment,
					this.currency == null || this.currency.isBlank() ? null : this.currency, this.weeks, this.sigmas,
					this.goal == null ? null : new GoalId(this.goal),
					this.owners == null ? List.of() : this.owners.stream().map(UserId::new).toList());
		}

	}

	/** The count of the viewer's unsettled alerts, beside the menu. */
	@GetMapping("/badge")
	String badge(Model model) {
		model.addAttribute("open", this.alerts.openFor(CurrentUsers.require().id()));
		return "goals/alerts :: badge";
	}

	@GetMapping
	String show(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RuleForm("", AlertKind.BELOW_MEAN, Kpi.MQL_TO_SQL, null, null, null, null,
					"EUR", 8, BigDecimal.valueOf(2), null, List.of(CurrentUsers.require().id().value())));
		}
		model.addAttribute("alerts", this.alerts.since(Instant.now().minus(90, ChronoUnit.DAYS)));
		model.addAttribute("rules", this.alerts.rules());
		model.addAttribute("canSet", canSet());
		model.addAttribute("kinds", AlertKind.values());
		model.addAttribute("kpis", Kpi.values());
		model.addAttribute("goals", this.goals.all());
		model.addAttribute("teams", this.directory.teams());
		model.addAttribute("people", this.directory.all().stream().filter(UserSummary::enabled).toList());
		model.addAttribute("reps", this.directory.withRole(Role.SALES).stream().filter(UserSummary::enabled).toList());
		model.addAttribute("channels", Arrays.asList(Channel.values()));
		model.addAttribute("segments", Arrays.asList(SizeBand.values()));
		return "goals/alerts";
	}

	@PostMapping("/rules")
	String create(@Valid @ModelAttribute("form") RuleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.alerts.createRule(form.draft());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/goals/alerts";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return show(model);
	}

	@PostMapping("/rules/{id}/active")
	String activity(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
		this.alerts.setActive(new AlertRuleId(id), active);
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/goals/alerts";
	}

	@PostMapping("/check")
	String check(RedirectAttributes redirect) {
		int raised = this.alerts.evaluate().size();
		redirect.addFlashAttribute("notice", raised == 0 ? "alerts.noneRaised" : "alerts.raised");
		return "redirect:/goals/alerts";
	}

	@PostMapping("/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		this.alerts.acknowledge(id, CurrentUsers.require());
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/goals/alerts";
	}

	private static boolean canSet() {
		Role role = CurrentUsers.require().role();
		return AccessPolicy.allows(HttpMethod.POST, "/goals/alerts/rules", role);
	}

}
