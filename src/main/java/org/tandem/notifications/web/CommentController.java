package org.tandem.notifications.web;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.ContactId;
import org.tandem.funnel.DossierSection;
import org.tandem.identity.CurrentUsers;
import org.tandem.notifications.CommentSubject;
import org.tandem.notifications.Comments;
import org.tandem.platform.InputRejectedException;

/**
 * The comments under a lead, a deal, a campaign or a meeting, loaded into its page, and
 * the form to add one.
 */
@Controller
@RequestMapping("/comments")
class CommentController {

	private final Comments comments;

	CommentController(Comments comments) {
		this.comments = comments;
	}

	@GetMapping("/{subject}/{id}")
	String thread(@PathVariable CommentSubject subject, @PathVariable UUID id, Model model) {
		model.addAttribute("comments", this.comments.on(subject, id, CurrentUsers.require()));
		model.addAttribute("subject", subject);
		model.addAttribute("id", id);
		return "notifications/comments :: comments";
	}

	@PostMapping("/{subject}/{id}")
	String add(@PathVariable CommentSubject subject, @PathVariable UUID id, @RequestParam String body,
			RedirectAttributes redirect) {
		try {
			Comments.Posted posted = this.comments.add(subject, id, body, CurrentUsers.require());
			redirect.addFlashAttribute("notice", posted.told().isEmpty() ? "comments.added" : "comments.addedTold");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "comments.invalid");
		}
		return "redirect:" + Comments.link(subject, id);
	}

	/** The comments on the lead page. */
	@Component
	static class Section implements DossierSection {

		@Override
		public String titleKey() {
			return "comments.title";
		}

		@Override
		public String fragmentPath(ContactId contact) {
			return "/comments/CONTACT/" + contact;
		}

		@Override
		public int order() {
			return 90;
		}

	}

}
