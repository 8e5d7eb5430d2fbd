package org.tandem.notifications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.CurrentUsers;
import org.tandem.intake.BehaviourType;
import org.tandem.notifications.Sequence;
import org.tandem.notifications.Sequences;
import org.tandem.platform.InputRejectedException;

/**
 * Marketing's email sequences to leads, and the unsubscribe link every email carries.
 */
@Controller
class SequenceController {

	/** What may enrol a lead in a sequence. */
	static final List<BehaviourType> TRIGGERS = List.of(BehaviourType.WEBINAR_REGISTERED,
			BehaviourType.WEBINAR_ATTENDED, BehaviourType.CONTENT_DOWNLOAD, BehaviourType.PRICING_VIEW);

	private final Sequences sequences;

	SequenceController(Sequences sequences) {
		this.sequences = sequences;
	}

	@GetMapping("/sequences")
	String list(Model model) {
		model.addAttribute("sequences", this.sequences.all());
		model.addAttribute("triggers", TRIGGERS);
		return "notifications/sequences";
	}

	@PostMapping("/sequences")
	String create(@RequestParam String name, @RequestParam BehaviourType trigger,
			@RequestParam(name = "delay", required = false) @Nullable List<Integer> delays,
			@RequestParam(name = "subject", required = false) @Nullable List<String> subjects,
			@RequestParam(name = "body", required = false) @Nullable List<String> bodies, RedirectAttributes redirect) {
		List<Sequence.Step> steps = new ArrayList<>();
		int count = subjects == null ? 0 : subjects.size();
		for (int i = 0; i < count; i++) {
			String subject = subjects.get(i);
			String body = bodies != null && i < bodies.size() ? bodies.get(i) : "";
			if (subject.isBlank() && body.isBlank()) {
				continue; // an empty row of the form
			}
			Integer delay = delays != null && i < delays.size() ? delays.get(i) : null;
			steps.add(new Sequence.Step(delay == null ? 0 : delay, subject.strip(), body.strip()));
		}
		try {
			this.sequences.create(name, trigger, steps, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "sequences.created");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "sequences.invalid." + ex.field());
		}
		return "redirect:/sequences";
	}

	@PostMapping("/sequences/{id}/active")
	String active(@PathVariable UUID id, @RequestParam boolean active) {
		this.sequences.setActive(id, active);
		return "redirect:/sequences";
	}

	@GetMapping("/u/{token}")
	String confirm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "notifications/unsubscribe";
	}

	@PostMapping("/u/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		this.sequences.unsubscribe(token);
		model.addAttribute("done", true);
		return "notifications/unsubscribe";
	}

}
