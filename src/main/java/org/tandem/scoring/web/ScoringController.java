package org.tandem.scoring.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.ContactId;
import org.tandem.identity.CurrentUsers;
import org.tandem.intake.BehaviourType;
import org.tandem.platform.FormErrors;
import org.tandem.platform.InputRejectedException;
import org.tandem.scoring.Attribute;
import org.tandem.scoring.Operator;
import org.tandem.scoring.PredictiveScoring;
import org.tandem.scoring.RuleKind;
import org.tandem.scoring.ScoringManagement;
import org.tandem.scoring.ScoringModel;

/**
 * The scoring model page (everyone reads it, marketing and the heads change it) and the
 * score section of the lead dossier.
 */
@Controller
class ScoringController {

	private final ScoringModel model;

	private final ScoringManagement scoring;

	private final PredictiveScoring predictive;

	ScoringController(ScoringModel model, ScoringManagement scoring, PredictiveScoring predictive) {
		this.model = model;
		this.scoring = scoring;
		this.predictive = predictive;
	}

	@GetMapping("/scoring")
	String page(Model page) {
		if (!page.containsAttribute("form")) {
			page.addAttribute("form", RuleForm.empty());
		}
		page.addAttribute("rules", this.model.rules());
		page.addAttribute("threshold", this.model.threshold());
		page.addAttribute("kinds", RuleKind.values());
		page.addAttribute("attributes", Attribute.values());
		page.addAttribute("operators", Operator.values());
		page.addAttribute("events", BehaviourType.values());
		page.addAttribute("learned", this.predictive.status().orElse(null));
		return "scoring/model";
	}

	@PostMapping("/scoring/rules")
	String add(@Valid @ModelAttribute("form") RuleForm form, BindingResult errors, Model page,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.model.save(form.toRule(UUID.randomUUID()));
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/scoring";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return page(page);
	}

	@PostMapping("/scoring/rules/{id}/active")
	String setActive(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
		this.model.setActive(id, active);
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/scoring";
	}

	@PostMapping("/scoring/rules/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.model.delete(id);
		redirect.addFlashAttribute("notice", "notice.deleted");
		return "redirect:/scoring";
	}

	@PostMapping("/scoring/model/train")
	String train(RedirectAttributes redirect) {
		try {
			this.predictive.train();
			redirect.addFlashAttribute("notice", "notice.trained");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "error.training");
		}
		return "redirect:/scoring";
	}

	@PostMapping("/scoring/threshold")
	String threshold(@RequestParam int threshold, RedirectAttributes redirect) {
		try {
			this.model.changeThreshold(threshold);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "error.threshold");
		}
		return "redirect:/scoring";
	}

	@GetMapping("/scoring/contacts/{id}")
	String section(@PathVariable UUID id, Model page) {
		ContactId contact = new ContactId(id);
		page.addAttribute("contact", contact);
		page.addAttribute("card", this.scoring.card(contact, CurrentUsers.require()).orElse(null));
		page.addAttribute("prediction", this.predictive.predict(contact).orElse(null));
		page.addAttribute("learned", this.predictive.status().orElse(null));
		return "scoring/section :: score";
	}

	@PostMapping("/scoring/contacts/{id}/rescore")
	String rescore(@PathVariable UUID id, RedirectAttributes redirect) {
		this.scoring.rescore(new ContactId(id), CurrentUsers.require());
		redirect.addFlashAttribute("notice", "notice.rescored");
		return "redirect:/contacts/" + id;
	}

}
