package org.tandem.crm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.PipelineCatalogue;
import org.tandem.crm.PipelineView;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.FormErrors;

/**
 * Deal pipelines, edited by an admin: a name, a product line and one stage per line
 * written as {@code name | probability | OPEN, WON or LOST}.
 */
@Controller
@RequestMapping("/admin/pipelines")
class PipelineAdminController {

	record PipelineForm(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 80) String productLine,
			@NotBlank @Size(max = 4000) String stages, long version) {
	}

	private final PipelineCatalogue pipelines;

	PipelineAdminController(PipelineCatalogue pipelines) {
		this.pipelines = pipelines;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pipelines", this.pipelines.all());
		return "crm/pipelines";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new PipelineForm("", null, "Discovery | 10 | OPEN\nProposal | 50 | OPEN\n"
				+ "Negotiation | 75 | OPEN\nWon | 100 | WON\nLost | 0 | LOST", 0));
		model.addAttribute("pipeline", null);
		return "crm/pipeline-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PipelineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.pipelines.create(form.name(), form.productLine(), parse(form.stages(), List.of()));
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/admin/pipelines";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		model.addAttribute("pipeline", null);
		return "crm/pipeline-form";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable UUID id, Model model) {
		PipelineView pipeline = this.pipelines.get(id);
		model.addAttribute("form",
				new PipelineForm(pipeline.name(), pipeline.productLine(),
						pipeline.stages()
							.stream()
							.map(stage -> stage.name() + " | " + stage.probability() + " | " + stage.outcome())
							.collect(Collectors.joining("\n")),
						pipeline.version()));
		model.addAttribute("pipeline", pipeline);
		return "crm/pipeline-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PipelineForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		PipelineView pipeline = this.pipelines.get(id);
		if (!errors.hasErrors()) {
			try {
				this.pipelines.change(id, form.name(), form.productLine(), parse(form.stages(), pipeline.stages()),
						form.version());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/admin/pipelines";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				errors.reject("stale", "stale");
			}
		}
		model.addAttribute("pipeline", pipeline);
		return "crm/pipeline-form";
	}

	/**
	 * Parses the stage lines; a stage keeps its id when its name is unchanged, so deals
	 * in it stay.
	 */
	static List<PipelineView.Stage> parse(String text, List<PipelineView.Stage> existing) {
		Map<String, UUID> idsByName = existing.stream()
			.collect(Collectors.toMap(stage -> stage.name().toLowerCase(Locale.ROOT), PipelineView.Stage::id,
					(first, second) -> first));
		List<PipelineView.Stage> stages = new ArrayList<>();
		int line = 0;
		for (String raw : text.split("\\R")) {
			line++;
			if (raw.isBlank()) {
				continue;
			}
			String[] parts = raw.split("\\|");
			if (parts.length != 3) {
				throw new InputRejectedException("stages", "line " + line + ": write name | probability | outcome");
			}
			String name = parts[0].strip();
			int probability;
			try {
				probability = Integer.parseInt(parts[1].strip());
			}
			catch (NumberFormatException ex) {
				throw new InputRejectedException("stages", "line " + line + ": the probability must be a number");
			}
			if (name.isEmpty() || name.length() > 80) {
				throw new InputRejectedException("stages", "line " + line + ": a name of 1 to 80 characters");
			}
			UUID id = idsByName.getOrDefault(name.toLowerCase(Locale.ROOT), UUID.randomUUID());
			stages.add(new PipelineView.Stage(id, name, probability, parts[2].strip().toUpperCase(Locale.ROOT)));
		}
		return stages;
	}

}
