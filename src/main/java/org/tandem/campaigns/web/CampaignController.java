package org.tandem.campaigns.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tandem.campaigns.Approval;
import org.tandem.campaigns.AttributionModel;
import org.tandem.campaigns.BriefStatus;
import org.tandem.campaigns.CampaignBrief;
import org.tandem.campaigns.CampaignChannel;
import org.tandem.campaigns.CampaignDraft;
import org.tandem.campaigns.CampaignId;
import org.tandem.campaigns.CampaignManagement;
import org.tandem.campaigns.CampaignProposals;
import org.tandem.campaigns.CampaignReports;
import org.tandem.campaigns.CampaignResult;
import org.tandem.campaigns.CampaignSummary;
import org.tandem.campaigns.CostLine;
import org.tandem.campaigns.ProposalStatus;
import org.tandem.identity.AccessPolicy;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.platform.FormErrors;
import org.tandem.platform.InputRejectedException;

/**
 * The campaign calendar both departments read, and the pages where marketing plans a
 * campaign and books what it costs.
 */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

	/** The plan as the form edits it. */
	record CampaignForm(@NotBlank @Size(max = 150) String name, @NotNull CampaignChannel channel,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@Nullable @DecimalMin("0") @DecimalMax("999999999999999") BigDecimal budget, @NotBlank String currency,
			@Nullable UUID owner, @Nullable @Size(max = 1000) String goal, @Nullable Long version) {

		CampaignDraft draft() {
			return new CampaignDraft(this.name, this.channel, this.startsOn, this.endsOn, this.budget, this.currency,
					this.owner == null ? null : new UserId(this.owner), this.goal, this.version);
		}

		static CampaignForm of(CampaignSummary campaign) {
			return new CampaignForm(campaign.name(), campaign.channel(), campaign.startsOn(), campaign.endsOn(),
					campaign.budget() == null ? null : campaign.budget().amount(),
					campaign.spent().currency().getCurrencyCode(),
					campaign.owner() == null ? null : campaign.owner().value(), campaign.goal(), campaign.version());
		}

	}

	/** A cost line as the form enters it. */
	record CostForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate spentOn,
			@NotNull @DecimalMin("0.01") @DecimalMax("999999999999999") BigDecimal amount,
			@Nullable @Size(max = 300) String description) {
	}

	/** The brief as the form edits it. */
	record BriefForm(@NotBlank @Size(max = 300) String targetSegment, @NotBlank @Size(max = 1000) String offer,
			@Nullable @Min(0) @Max(10_000_000) Integer expectedLeads,
			@Nullable @Size(max = 4000) String talkingPoints) {

		static BriefForm of(@Nullable CampaignBrief brief) {
			return brief == null ? new BriefForm("", "", null, null)
					: new BriefForm(brief.targetSegment(), brief.offer(), brief.expectedLeads(), brief.talkingPoints());
		}

	}

	private final CampaignManagement campaigns;

	private final UserDirectory directory;

	private final CampaignReports reports;

	/** How long a launched campaign stays among those coming sales' way. */
	static final int LAUNCH_DAYS = 30;

	private final CampaignProposals proposals;

	CampaignController(CampaignManagement campaigns, CampaignProposals proposals, CampaignReports reports,
			UserDirectory directory) {
		this.proposals = proposals;
		this.campaigns = campaigns;
		this.reports = reports;
		this.directory = directory;
	}

	@GetMapping
	String calendar(Model model) {
		Map<YearMonth, List<CampaignSummary>> byMonth = new LinkedHashMap<>();
		for (CampaignSummary campaign : this.campaigns.all()) {
			byMonth.computeIfAbsent(YearMonth.from(campaign.startsOn()), month -> new ArrayList<>()).add(campaign);
		}
		model.addAttribute("months", byMonth);
		model.addAttribute("canPlan", canPlan());
		model.addAttribute("launches", this.campaigns.launches(LAUNCH_DAYS));
		model.addAttribute("openProposals",
				this.proposals.all().stream().filter(proposal -> proposal.status() == ProposalStatus.OPEN).count());
		return "campaigns/calendar";
	}

	/**
	 * Leads, won deals, revenue and ROI per campaign, under the model the reader picks.
	 */
	@GetMapping("/results")
	String results(@RequestParam(defaultValue = "W_SHAPED") AttributionModel model, Model page) {
		page.addAttribute("model", model);
		page.addAttribute("models", AttributionModel.values());
		List<CampaignResult> results = this.reports.results(model);
		page.addAttribute("results", results);
		page.addAttribute("channels", this.reports.byChannel(results));
		return "campaigns/results";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new CampaignForm("", CampaignChannel.WEBINAR, LocalDate.now(), null, null, "RUB",
				CurrentUsers.require().id().value(), null, null));
		return edit(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				CampaignSummary created = this.campaigns.create(form.draft());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/campaigns/" + created.id();
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return edit(model, null);
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		CampaignId campaign = new CampaignId(id);
		model.addAttribute("campaign", this.campaigns.get(campaign));
		model.addAttribute("costs", this.campaigns.costs(campaign));
		model.addAttribute("canPlan", canPlan());
		model.addAttribute("canDecide", allowed("/campaigns/" + id + "/decision"));
		model.addAttribute("canLaunch", allowed("/campaigns/" + id + "/launch"));
		BriefStatus brief = this.campaigns.brief(campaign);
		model.addAttribute("brief", brief);
		model.addAttribute("comments", this.campaigns.comments(campaign));
		if (!model.containsAttribute("cost")) {
			model.addAttribute("cost", new CostForm(LocalDate.now(), BigDecimal.ZERO, null));
		}
		if (!model.containsAttribute("briefForm")) {
			model.addAttribute("briefForm", BriefForm.of(brief.brief()));
		}
		return "campaigns/campaign";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		CampaignSummary campaign = this.campaigns.get(new CampaignId(id));
		model.addAttribute("form", CampaignForm.of(campaign));
		return edit(model, campaign);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		CampaignSummary campaign = this.campaigns.get(new CampaignId(id));
		if (!errors.hasErrors()) {
			try {
				this.campaigns.update(campaign.id(), form.draft());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/campaigns/" + id;
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return edit(model, campaign);
	}

	@PostMapping("/{id}/costs")
	String addCost(@PathVariable UUID id, @Valid @ModelAttribute("cost") CostForm cost, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		CampaignId campaign = new CampaignId(id);
		if (!errors.hasErrors()) {
			try {
				this.campaigns.addCost(campaign, new CostLine(null, cost.spentOn(), cost.amount(), cost.description()));
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/campaigns/" + id;
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return show(id, model);
	}

	@PostMapping("/{id}/brief")
	String saveBrief(@PathVariable UUID id, @Valid @ModelAttribute("briefForm") BriefForm brief, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.campaigns.saveBrief(new CampaignId(id), new CampaignBrief(brief.targetSegment(), brief.offer(),
					brief.expectedLeads(), brief.talkingPoints()));
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/campaigns/" + id;
		}
		model.addAttribute("briefOpen", true);
		return show(id, model);
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam Approval decision,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		try {
			this.campaigns.decide(new CampaignId(id), decision, comment, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "campaigns.decisionNeedsComment");
		}
		return "redirect:/campaigns/" + id;
	}

	/** Marketing launches the campaign: sales sees it coming, with its brief. */
	@PostMapping("/{id}/launch")
	String launch(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.campaigns.launch(new CampaignId(id), CurrentUsers.require());
			redirect.addFlashAttribute("notice", "campaigns.launchedNotice");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error",
					"brief".equals(ex.field()) ? "campaigns.launchNeedsBrief" : "campaigns.launchedAlready");
		}
		return "redirect:/campaigns/" + id;
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		try {
			this.campaigns.comment(new CampaignId(id), body, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "campaigns.commentInvalid");
		}
		return "redirect:/campaigns/" + id;
	}

	private String edit(Model model, @Nullable CampaignSummary campaign) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("channels", CampaignChannel.values());
		model.addAttribute("people", this.directory.all());
		return "campaigns/campaign-edit";
	}

	/** Whether the route policy lets the viewer plan campaigns. */
	private static boolean canPlan() {
		return allowed("/campaigns");
	}

	private static boolean allowed(String post) {
		Role role = CurrentUsers.require().role();
		return AccessPolicy.allows(HttpMethod.POST, post, role);
	}

}
