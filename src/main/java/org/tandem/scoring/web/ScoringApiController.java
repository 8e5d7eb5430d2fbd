package org.tandem.scoring.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.crm.ContactId;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.NotFoundException;
import org.tandem.scoring.ModelStatus;
import org.tandem.scoring.PredictiveScoring;
import org.tandem.scoring.ScoreCard;
import org.tandem.scoring.ScoringManagement;
import org.tandem.scoring.ScoringModel;
import org.tandem.scoring.ScoringRule;

/**
 * Scores with their explanations, and the scoring model, over JSON.
 */
@RestController
class ScoringApiController {

	record Threshold(int threshold) {
	}

	private final ScoringModel model;

	private final ScoringManagement scoring;

	private final PredictiveScoring predictive;

	ScoringApiController(ScoringModel model, ScoringManagement scoring, PredictiveScoring predictive) {
		this.model = model;
		this.scoring = scoring;
		this.predictive = predictive;
	}

	@GetMapping("/api/v1/contacts/{id}/score")
	ScoreCard score(@PathVariable UUID id) {
		return this.scoring.card(new ContactId(id), CurrentUsers.require())
			.orElseThrow(() -> new NotFoundException("Score of contact", id));
	}

	@GetMapping("/api/v1/scoring/rules")
	Map<String, Object> rules() {
		return Map.of("threshold", this.model.threshold(), "rules", this.model.rules());
	}

	@PostMapping("/api/v1/scoring/rules")
	@ResponseStatus(HttpStatus.CREATED)
	ScoringRule add(@Valid @RequestBody RuleForm rule) {
		return this.model.save(rule.toRule(UUID.randomUUID()));
	}

	@DeleteMapping("/api/v1/scoring/rules/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.model.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/scoring/model")
	ModelStatus learned() {
		return this.predictive.status().orElseThrow(() -> new NotFoundException("Model", "latest"));
	}

	@PostMapping("/api/v1/scoring/model/train")
	@ResponseStatus(HttpStatus.CREATED)
	ModelStatus train() {
		return this.predictive.train();
	}

	@PutMapping("/api/v1/scoring/threshold")
	Threshold threshold(@Valid @RequestBody Threshold threshold) {
		this.model.changeThreshold(threshold.threshold());
		return new Threshold(this.model.threshold());
	}

}
