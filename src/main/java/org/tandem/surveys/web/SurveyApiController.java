package org.tandem.surveys.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.surveys.Diagnostics;
import org.tandem.surveys.Divergence;
import org.tandem.surveys.DivergencePoint;
import org.tandem.surveys.Round;

/**
 * The diagnostics over JSON, for leadership's own reporting: the rounds, and a round's
 * divergence with its ranked points. Answers are never given one by one.
 */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApiController {

	/** A round's analysis. */
	record Analysis(Round round, Divergence divergence, List<DivergencePoint> points) {
	}

	private final Diagnostics diagnostics;

	SurveyApiController(Diagnostics diagnostics) {
		this.diagnostics = diagnostics;
	}

	@GetMapping("/rounds")
	List<Round> rounds() {
		return this.diagnostics.rounds();
	}

	@GetMapping("/rounds/{id}")
	Analysis round(@PathVariable UUID id) {
		Divergence divergence = this.diagnostics.analysis(id);
		return new Analysis(this.diagnostics.round(id), divergence, this.diagnostics.points(id, divergence));
	}

}
