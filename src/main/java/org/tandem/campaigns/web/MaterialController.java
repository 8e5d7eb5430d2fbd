package org.tandem.campaigns.web;

import java.util.UUID;

import jakarta.validation.Valid;
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
import org.tandem.campaigns.CampaignId;
import org.tandem.campaigns.CampaignManagement;
import org.tandem.campaigns.Material;
import org.tandem.campaigns.MaterialDraft;
import org.tandem.campaigns.MaterialKind;
import org.tandem.campaigns.MaterialLibrary;
import org.tandem.crm.ContactId;
import org.tandem.crm.SizeBand;
import org.tandem.funnel.LifecycleStage;
import org.tandem.identity.AccessPolicy;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.FormErrors;
import org.tandem.platform.InputRejectedException;

/**
 * The library of marketing materials: what marketing files for sales, how reps use it and
 * how the people who got it went on; and the dossier section where a rep finds the pieces
 * that fit a lead and logs what they send.
 */
@Controller
@RequestMapping("/materials")
class MaterialController {

	/** A material as the form edits it. */
	record MaterialForm(@NotBlank @Size(max = 200) String title, @NotNull MaterialKind kind,
			@Nullable @Size(max = 1000) String description, @Nullable @Size(max = 1000) String link,
			@Nullable @Size(max = 8000) String body, @Nullable UUID campaign, @Nullable SizeBand segment,
			@Nullable LifecycleStage stage, @Nullable Long version) {

		MaterialDraft draft() {
			return new MaterialDraft(this.title, this.kind, this.description, this.link, this.body,
					this.campaign == null ? null : new CampaignId(this.campaign), this.segment, this.stage,
					this.version);
		}

		static MaterialForm of(Material material) {
			return new MaterialForm(material.title(), material.kind(), material.description(), material.link(),
					material.body(), material.campaign() == null ? null : material.campaign().value(),
					material.segment(), material.stage(), material.version());
		}

	}

	private final MaterialLibrary library;

	private final CampaignManagement campaigns;

	MaterialController(MaterialLibrary library, CampaignManagement campaigns) {
		this.library = library;
		this.campaigns = campaigns;
	}

	@GetMapping
	String library(Model model) {
		model.addAttribute("uses", this.library.usage());
		model.addAttribute("canEdit", canEdit());
		return "materials/library";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form",
				new MaterialForm("", MaterialKind.ONE_PAGER, null, null, null, null, null, null, null));
		return edit(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") MaterialForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Material created = this.library.create(form.draft(), CurrentUsers.require());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/materials/" + created.id();
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return edit(model, null);
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("material", this.library.get(id));
		model.addAttribute("sends", this.library.sendsOf(id));
		model.addAttribute("canEdit", canEdit());
		return "materials/material";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Material material = this.library.get(id);
		model.addAttribute("form", MaterialForm.of(material));
		return edit(model, material);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") MaterialForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Material material = this.library.get(id);
		if (!errors.hasErrors()) {
			try {
				this.library.update(id, form.draft());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/materials/" + id;
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return edit(model, material);
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean archived,
			RedirectAttributes redirect) {
		this.library.archive(id, archived);
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/materials/" + id;
	}

	/** The dossier section: the pieces that fit the lead, and what it was sent. */
	@GetMapping("/for/{contact}")
	String section(@PathVariable UUID contact, Model model) {
		model.addAttribute("contact", contact);
		model.addAttribute("suggestions", this.library.suggestions(new ContactId(contact), CurrentUsers.require()));
		return "materials/section :: materials";
	}

	/** A rep logs that they sent a material to the lead. */
	@PostMapping("/{id}/sends")
	String send(@PathVariable UUID id, @RequestParam UUID contact, RedirectAttributes redirect) {
		try {
			this.library.send(id, new ContactId(contact), CurrentUsers.require());
			redirect.addFlashAttribute("notice", "materials.sentNotice");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "materials.archivedError");
		}
		return "redirect:/contacts/" + contact;
	}

	private String edit(Model model, @Nullable Material material) {
		model.addAttribute("material", material);
		model.addAttribute("kinds", MaterialKind.values());
		model.addAttribute("segments", SizeBand.values());
		model.addAttribute("stages", LifecycleStage.BOARD);
		model.addAttribute("campaignOptions", this.campaigns.all());
		return "materials/edit";
	}

	private static boolean canEdit() {
		return AccessPolicy.allows(HttpMethod.POST, "/materials", CurrentUsers.require().role());
	}

}
