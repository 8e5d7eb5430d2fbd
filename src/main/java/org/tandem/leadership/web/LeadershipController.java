package org.tandem.leadership.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.leadership.Convergence;
import org.tandem.leadership.CustomerPulse;
import org.tandem.leadership.Oversight;
import org.tandem.leadership.Recognition;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.surveys.Round;

/**
 * Leadership's page, kudos between colleagues, and the satisfaction survey a customer
 * opens from an email.
 */
@Controller
class LeadershipController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Oversight oversight;

	private final Recognition recognition;

	private final CustomerPulse pulse;

	private final UserDirectory directory;

	LeadershipController(Oversight oversight, Recognition recognition, CustomerPulse pulse, UserDirectory directory) {
		this.oversight = oversight;
		this.recognition = recognition;
		this.pulse = pulse;
		this.directory = directory;
	}

	@GetMapping("/leadership")
	String leadership(Model model) {
		Convergence convergence = this.oversight.now(CurrentUsers.require());
		model.addAttribute("c", convergence);
		List<Map.Entry<Round, @Nullable Double>> measured = convergence.trend()
			.stream()
			.filter(entry -> entry.getValue() != null)
			.toList();
		model.addAttribute("trendChart", measured.size() < 2 ? null
				: JSON.writeValueAsString(Map.of("tooltip", Map.of("trigger", "axis"), "grid",
						Map.of("left", 10, "right", 20, "bottom", 30, "containLabel", true), "xAxis",
						Map.of("type", "category", "data", measured.stream().map(e -> e.getKey().title()).toList()),
						"yAxis", Map.of("type", "value", "min", 0, "max", 100), "series",
						List.of(Map.of("type", "line", "data",
								measured.stream().map(e -> Math.round(e.getValue() * 10) / 10.0).toList(), "label",
								Map.of("show", true))))));
		return "leadership/home";
	}

	@GetMapping("/kudos")
	String kudos(Model model) {
		model.addAttribute("kudos", this.recognition.latest(50));
		model.addAttribute("people",
				this.directory.all()
					.stream()
					.filter(UserSummary::enabled)
					.filter(person -> !person.id().equals(CurrentUsers.require().id()))
					.toList());
		return "leadership/kudos";
	}

	@PostMapping("/kudos")
	String give(@RequestParam UUID to, @RequestParam String message, RedirectAttributes redirect) {
		try {
			this.recognition.give(new UserId(to), message, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "kudos.given");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "kudos.invalid." + ex.field());
		}
		return "redirect:/kudos";
	}

	@GetMapping("/s/{token}")
	String survey(@PathVariable String token, Model model) {
		boolean answered = this.pulse.answeredByLink(token).orElseThrow(() -> new NotFoundException("Survey", token));
		model.addAttribute("token", token);
		model.addAttribute("answered", answered);
		return "leadership/pulse";
	}

	@PostMapping("/s/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) @Nullable Integer score,
			@RequestParam(required = false) @Nullable String comment, Model model) {
		model.addAttribute("token", token);
		try {
			if (score == null) {
				throw new InputRejectedException("score", "choose a number from 0 to 10");
			}
			this.pulse.answer(token, score, comment);
			model.addAttribute("answered", true);
			model.addAttribute("thanks", true);
		}
		catch (InputRejectedException ex) {
			model.addAttribute("answered", this.pulse.answeredByLink(token).orElse(false));
			model.addAttribute("problem", "pulse.invalid." + ex.field());
		}
		return "leadership/pulse";
	}

}
