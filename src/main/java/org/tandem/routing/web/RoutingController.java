package org.tandem.routing.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.platform.NotFoundException;
import org.tandem.routing.LeadAttribute;
import org.tandem.routing.LeadRouter;
import org.tandem.routing.RoutingRule;
import org.tandem.routing.SlaCompliance;
import org.tandem.routing.SlaPolicy;
import org.tandem.routing.domain.RoutingStore;
import org.tandem.routing.domain.SlaStore;

/**
 * The routing page (rules, deadlines, compliance per rep; everyone reads it, the heads
 * change it), the dossier's assignment section, and re-routing a lead by hand.
 */
@Controller
class RoutingController {

	record RuleForm(@NotBlank @Size(max = 150) String name, @NotNull LeadAttribute attribute,
			@Nullable @Size(max = 500) String values, @Nullable UUID team, boolean matchSpecialisation,
			@Min(0) @Max(1000) int position) {
	}

	record PolicyForm(@NotBlank @Size(max = 20) String stage, @NotNull DealSizeBand segment,
			@Min(1) @Max(100_000) int respondMinutes, @Min(0) @Max(100_000) int warnMinutes,
			@Min(0) @Max(100_000) int reassignMinutes) {
	}

	private final RoutingStore store;

	private final SlaStore sla;

	private final UserDirectory directory;

	private final ContactManagement contacts;

	private final LeadRouter router;

	RoutingController(RoutingStore store, SlaStore sla, UserDirectory directory, ContactManagement contacts,
			LeadRouter router) {
		this.store = store;
		this.sla = sla;
		this.directory = directory;
		this.contacts = contacts;
		this.router = router;
	}

	@GetMapping("/routing")
	String page(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new RuleForm("", LeadAttribute.INDUSTRY, "", null, true, 10));
		}
		model.addAttribute("rules", this.store.rules());
		model.addAttribute("policies", this.sla.policies());
		model.addAttribute("teams", this.directory.teams());
		model.addAttribute("teamNames", this.directory.teams()
			.stream()
			.collect(Collectors.toMap(org.tandem.identity.TeamSummary::id, org.tandem.identity.TeamSummary::name)));
		model.addAttribute("attributes", LeadAttribute.values());
		model.addAttribute("segments", DealSizeBand.values());
		// the KPI's definition, over every deadline due so far
		Map<String, SlaCompliance> compliance = this.sla.compliance(Instant.EPOCH, Instant.now())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(
					entry -> this.directory.find(entry.getKey()).map(UserSummary::displayName).orElse("?"),
					Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
		model.addAttribute("compliance", compliance);
		return "routing/rules";
	}

	@PostMapping("/routing/rules")
	String addRule(@Valid @ModelAttribute("form") RuleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(model);
		}
		this.store.save(new RoutingRule(UUID.randomUUID(), form.name().strip(), form.position(), form.attribute(),
				form.values(), form.team() == null ? null : new TeamId(form.team()), form.matchSpecialisation(), true));
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/routing";
	}

	@PostMapping("/routing/rules/{id}/delete")
	String deleteRule(@PathVariable UUID id, RedirectAttributes redirect) {
		if (!this.store.delete(id)) {
			throw new NotFoundException("Rule", id);
		}
		redirect.addFlashAttribute("notice", "notice.deleted");
		return "redirect:/routing";
	}

	@PostMapping("/routing/policies")
	String savePolicy(@Valid PolicyForm form, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors() || !Set.of("MQL", "SQL").contains(form.stage())
				|| form.warnMinutes() > form.respondMinutes()) {
			redirect.addFlashAttribute("error", "error.policy");
		}
		else {
			this.sla.save(new SlaPolicy(UUID.randomUUID(), form.stage(), form.segment(), form.respondMinutes(),
					form.warnMinutes(), form.reassignMinutes()));
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		return "redirect:/routing";
	}

	@PostMapping("/routing/contacts/{id}/route")
	String reroute(@PathVariable UUID id, RedirectAttributes redirect) {
		ContactId contact = this.contacts.get(new ContactId(id), CurrentUsers.require()).id();
		this.router.route(contact, Set.of());
		redirect.addFlashAttribute("notice", "notice.routed");
		return "redirect:/contacts/" + id;
	}

	@GetMapping("/routing/contacts/{id}")
	String section(@PathVariable UUID id, Model model) {
		ContactId contact = this.contacts.get(new ContactId(id), CurrentUsers.require()).id();
		model.addAttribute("contact", contact);
		model
			.addAttribute("assignments",
					this.store.history(contact)
						.stream()
						.limit(5)
						.map(assignment -> new AssignmentView(assignment, assignment.rep() == null ? null
								: this.directory.find(assignment.rep()).map(UserSummary::displayName).orElse(null)))
						.toList());
		model.addAttribute("timers", this.sla.history(contact));
		return "routing/section :: assignment";
	}

	/** An assignment with its rep's name. */
	record AssignmentView(org.tandem.routing.Assignment assignment, @Nullable String repName) {
	}

}
