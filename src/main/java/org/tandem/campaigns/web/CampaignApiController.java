package org.tandem.campaigns.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.campaigns.Approval;
import org.tandem.campaigns.AttributionModel;
import org.tandem.campaigns.BriefStatus;
import org.tandem.campaigns.CampaignBrief;
import org.tandem.campaigns.CampaignComment;
import org.tandem.campaigns.CampaignDraft;
import org.tandem.campaigns.CampaignId;
import org.tandem.campaigns.CampaignManagement;
import org.tandem.campaigns.CampaignReports;
import org.tandem.campaigns.CampaignResult;
import org.tandem.campaigns.CampaignSummary;
import org.tandem.campaigns.ChannelResult;
import org.tandem.campaigns.CostLine;
import org.tandem.campaigns.Touch;
import org.tandem.campaigns.TouchKind;
import org.tandem.crm.ContactId;
import org.tandem.identity.CurrentUsers;

/**
 * Campaigns over JSON: the plan, the cost lines and the people touched.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

	private final CampaignManagement campaigns;

	private final CampaignReports reports;

	CampaignApiController(CampaignManagement campaigns, CampaignReports reports) {
		this.campaigns = campaigns;
		this.reports = reports;
	}

	/** A touch to record: who, how and (optionally) when. */
	record TouchRequest(@NotNull UUID contact, @NotNull TouchKind kind, @Nullable Instant at) {
	}

	@GetMapping
	List<CampaignSummary> list() {
		return this.campaigns.all();
	}

	/** Every campaign's leads, won deals, revenue and ROI under an attribution model. */
	@GetMapping("/results")
	List<CampaignResult> results(@RequestParam(defaultValue = "W_SHAPED") AttributionModel model) {
		return this.reports.results(model);
	}

	/** The same results summed per channel and currency. */
	@GetMapping("/results/channels")
	List<ChannelResult> channelResults(@RequestParam(defaultValue = "W_SHAPED") AttributionModel model) {
		return this.reports.byChannel(this.reports.results(model));
	}

	@GetMapping("/{id}")
	CampaignSummary get(@PathVariable UUID id) {
		return this.campaigns.get(new CampaignId(id));
	}

	@PostMapping
	ResponseEntity<CampaignSummary> create(@Valid @RequestBody CampaignDraft draft) {
		CampaignSummary created = this.campaigns.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	CampaignSummary replace(@PathVariable UUID id, @Valid @RequestBody CampaignDraft draft) {
		return this.campaigns.update(new CampaignId(id), draft);
	}

	@GetMapping("/{id}/costs")
	List<CostLine> costs(@PathVariable UUID id) {
		return this.campaigns.costs(new CampaignId(id));
	}

	/** Launches the campaign for sales; it needs a brief and launches once. */
	@PostMapping("/{id}/launch")
	CampaignSummary launch(@PathVariable UUID id) {
		return this.campaigns.launch(new CampaignId(id), org.tandem.identity.CurrentUsers.require());
	}

	@PostMapping("/{id}/costs")
	ResponseEntity<CostLine> addCost(@PathVariable UUID id, @Valid @RequestBody CostLine line) {
		CostLine added = this.campaigns.addCost(new CampaignId(id), line);
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/costs")).body(added);
	}

	/** The sales head's decision on a brief, and what they say about it. */
	record DecisionRequest(@NotNull Approval decision, @Nullable @Size(max = 2000) String comment) {
	}

	/** A remark on a campaign. */
	record CommentRequest(@NotBlank @Size(max = 2000) String body) {
	}

	@GetMapping("/{id}/brief")
	BriefStatus brief(@PathVariable UUID id) {
		return this.campaigns.brief(new CampaignId(id));
	}

	@PutMapping("/{id}/brief")
	BriefStatus saveBrief(@PathVariable UUID id, @Valid @RequestBody CampaignBrief brief) {
		return this.campaigns.saveBrief(new CampaignId(id), brief);
	}

	@PostMapping("/{id}/decision")
	BriefStatus decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest decision) {
		return this.campaigns.decide(new CampaignId(id), decision.decision(), decision.comment(),
				CurrentUsers.require());
	}

	@GetMapping("/{id}/comments")
	List<CampaignComment> comments(@PathVariable UUID id) {
		return this.campaigns.comments(new CampaignId(id));
	}

	@PostMapping("/{id}/comments")
	ResponseEntity<CampaignComment> comment(@PathVariable UUID id, @Valid @RequestBody CommentRequest comment) {
		return ResponseEntity.status(201)
			.body(this.campaigns.comment(new CampaignId(id), comment.body(), CurrentUsers.require()));
	}

	@PostMapping("/{id}/touches")
	ResponseEntity<Touch> touch(@PathVariable UUID id, @Valid @RequestBody TouchRequest touch) {
		return ResponseEntity.status(201)
			.body(this.campaigns.recordTouch(new CampaignId(id), new ContactId(touch.contact()), touch.kind(),
					touch.at()));
	}

}
