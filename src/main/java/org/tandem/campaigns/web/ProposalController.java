package org.tandem.campaigns.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.campaigns.CampaignChannel;
import org.tandem.campaigns.CampaignProposals;
import org.tandem.campaigns.CampaignSummary;
import org.tandem.campaigns.ProposalDraft;
import org.tandem.identity.AccessPolicy;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.InputRejectedException;

/**
 * Campaigns sales proposes: anyone may propose one; marketing and the heads take it up as
 * a campaign or decline it saying why.
 */
@Controller
@RequestMapping("/campaigns/proposals")
class ProposalController {

	/** A proposal as the form enters it. */
	record ProposalForm(@NotBlank @Size(max = 150) String name, @NotNull CampaignChannel channel,
			@NotBlank @Size(max = 300) String targetSegment, @NotBlank @Size(max = 2000) String rationale,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn) {
	}

	private final CampaignProposals proposals;

	ProposalController(CampaignProposals proposals) {
		this.proposals = proposals;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProposalForm("", CampaignChannel.WEBINAR, "", "", null));
		}
		model.addAttribute("proposals", this.proposals.all());
		model.addAttribute("channels", CampaignChannel.values());
		model.addAttribute("canDecide", AccessPolicy.allows(HttpMethod.POST,
				"/campaigns/proposals/" + new UUID(0, 0) + "/accept", CurrentUsers.require().role()));
		return "campaigns/proposals";
	}

	@PostMapping
	String propose(@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return list(model);
		}
		this.proposals.propose(
				new ProposalDraft(form.name(), form.channel(), form.targetSegment(), form.rationale(), form.startsOn()),
				CurrentUsers.require());
		redirect.addFlashAttribute("notice", "proposals.sent");
		return "redirect:/campaigns/proposals";
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			CampaignSummary campaign = this.proposals.accept(id, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "proposals.accepted");
			return "redirect:/campaigns/" + campaign.id();
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error",
					"name".equals(ex.field()) ? "proposals.nameTaken" : "proposals.decided");
			return "redirect:/campaigns/proposals";
		}
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		try {
			this.proposals.decline(id, note, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "proposals.declined");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "note".equals(ex.field()) ? "proposals.sayWhy" : "proposals.decided");
		}
		return "redirect:/campaigns/proposals";
	}

}
