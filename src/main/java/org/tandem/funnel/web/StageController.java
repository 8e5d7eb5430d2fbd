package org.tandem.funnel.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.ContactId;
import org.tandem.funnel.FunnelManagement;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.TransitionRequest;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.InputRejectedException;

/**
 * Stage moves from the dossier and the board, and sales feedback (accept, reject with
 * reason). All of them go through {@link FunnelManagement}, so the same rules hold
 * everywhere.
 */
@Controller
class StageController {

	private final FunnelManagement funnel;

	StageController(FunnelManagement funnel) {
		this.funnel = funnel;
	}

	@PostMapping("/contacts/{id}/stage")
	String move(@PathVariable UUID id, @RequestParam LifecycleStage to,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable LifecycleStage expected, RedirectAttributes redirect) {
		attempt(redirect, () -> this.funnel.move(new ContactId(id),
				new TransitionRequest(to, blank(reason), blank(note), expected), CurrentUsers.require()));
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/board/move")
	String moveOnBoard(@RequestParam UUID contact, @RequestParam LifecycleStage to,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable LifecycleStage expected,
			@RequestParam(required = false) @Nullable String q, RedirectAttributes redirect) {
		attempt(redirect, () -> this.funnel.move(new ContactId(contact),
				new TransitionRequest(to, blank(reason), null, expected), CurrentUsers.require()));
		if (blank(q) != null) {
			redirect.addAttribute("q", q);
		}
		return "redirect:/board";
	}

	@PostMapping("/contacts/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		attempt(redirect, () -> this.funnel.accept(new ContactId(id), blank(note), CurrentUsers.require()));
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/contacts/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		attempt(redirect,
				() -> this.funnel.reject(new ContactId(id), blank(reason), blank(note), CurrentUsers.require()));
		return "redirect:/contacts/" + id;
	}

	private static void attempt(RedirectAttributes redirect, Runnable move) {
		try {
			move.run();
			redirect.addFlashAttribute("notice", "notice.moved");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "error.transition." + ex.field());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "error.stale");
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
