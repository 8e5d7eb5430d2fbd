package org.tandem.leadership.web;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.ContactId;
import org.tandem.funnel.DossierSection;
import org.tandem.identity.CurrentUsers;
import org.tandem.leadership.CustomerPulse;

/**
 * The customer's satisfaction on their page: the latest survey and its answer, and a
 * button to ask them now (after a support call, say).
 */
@Controller
class PulseSection {

	private final CustomerPulse pulse;

	PulseSection(CustomerPulse pulse) {
		this.pulse = pulse;
	}

	@GetMapping("/pulse/for/{contact}")
	String section(@PathVariable UUID contact, Model model) {
		model.addAttribute("contact", contact);
		model.addAttribute("latest", this.pulse.latest(new ContactId(contact), CurrentUsers.require()).orElse(null));
		return "leadership/pulse-section :: section";
	}

	@PostMapping("/pulse/for/{contact}")
	String ask(@PathVariable UUID contact, RedirectAttributes redirect) {
		boolean asked = this.pulse.ask(new ContactId(contact), CurrentUsers.require());
		redirect.addFlashAttribute("notice", asked ? "pulse.asked" : "pulse.askedRecently");
		return "redirect:/contacts/" + contact;
	}

	/** The section on the lead page. */
	@Component
	static class Section implements DossierSection {

		@Override
		public String titleKey() {
			return "pulse.section";
		}

		@Override
		public String fragmentPath(ContactId contact) {
			return "/pulse/for/" + contact;
		}

		@Override
		public int order() {
			return 95;
		}

	}

}
