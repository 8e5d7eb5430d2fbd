package org.tandem.funnel.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.funnel.Reason;
import org.tandem.funnel.ReasonCatalogue;
import org.tandem.funnel.ReasonKind;

/**
 * The active reason lists for the pages that move leads (the board and the dossier).
 */
@ControllerAdvice(assignableTypes = { BoardController.class, LeadPageController.class })
class ReasonOptions {

	private final ReasonCatalogue reasons;

	ReasonOptions(ReasonCatalogue reasons) {
		this.reasons = reasons;
	}

	@ModelAttribute("rejectionReasons")
	List<Reason> rejectionReasons() {
		return this.reasons.active(ReasonKind.REJECTION);
	}

	@ModelAttribute("disqualificationReasons")
	List<Reason> disqualificationReasons() {
		return this.reasons.active(ReasonKind.DISQUALIFICATION);
	}

	@ModelAttribute("lossReasons")
	List<Reason> lossReasons() {
		return this.reasons.active(ReasonKind.LOSS);
	}

}
