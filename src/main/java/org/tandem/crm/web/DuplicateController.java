package org.tandem.crm.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.DuplicateDesk;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.InputRejectedException;

/**
 * Likely duplicates and their merge.
 */
@Controller
@RequestMapping("/duplicates")
class DuplicateController {

	private final DuplicateDesk duplicates;

	DuplicateController(DuplicateDesk duplicates) {
		this.duplicates = duplicates;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pairs", this.duplicates.scan(CurrentUsers.require()));
		return "crm/duplicates";
	}

	@PostMapping("/merge")
	String merge(@RequestParam UUID survivor, @RequestParam UUID merged, RedirectAttributes redirect) {
		try {
			ContactSummary result = this.duplicates.merge(new ContactId(survivor), new ContactId(merged),
					CurrentUsers.require());
			redirect.addFlashAttribute("notice", "notice.merged");
			return "redirect:/contacts/" + result.id();
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "error.merge");
			return "redirect:/duplicates";
		}
	}

}
