package org.tandem.scoring;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.scoring.domain.RuleBook;

/**
 * The scoring model as marketing edits it: rules checked for sense before they are kept,
 * and the MQL threshold.
 */
@Service
@Transactional
public class ScoringModel {

	private final RuleBook rules;

	ScoringModel(RuleBook rules) {
		this.rules = rules;
	}

	@Transactional(readOnly = true)
	public List<ScoringRule> rules() {
		return this.rules.rules();
	}

	@Transactional(readOnly = true)
	public int threshold() {
		return this.rules.threshold();
	}

	public ScoringRule save(ScoringRule rule) {
		check(rule);
		this.rules.save(rule);
		return rule;
	}

	public void setActive(UUID id, boolean active) {
		ScoringRule rule = this.rules.find(id).orElseThrow(() -> new NotFoundException("Rule", id));
		this.rules
			.save(new ScoringRule(rule.id(), rule.kind(), rule.label(), rule.attribute(), rule.operator(), rule.value(),
					rule.eventType(), rule.points(), rule.halfLifeDays(), rule.cap(), rule.position(), active));
	}

	public void delete(UUID id) {
		if (!this.rules.delete(id)) {
			throw new NotFoundException("Rule", id);
		}
	}

	public void changeThreshold(int threshold) {
		if (threshold < 1 || threshold > 1000) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "threshold", "must be between 1 and 1000");
		}
		this.rules.changeThreshold(threshold);
	}

	static void check(ScoringRule rule) {
		if (rule.label().isBlank() || rule.label().length() > 150) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "label", "must be 1 to 150 characters");
		}
		if (rule.points() == 0 || Math.abs(rule.points()) > 1000) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "points", "must be between -1000 and 1000, not 0");
		}
		if (rule.kind() == RuleKind.NEGATIVE ? rule.points() > 0 : rule.points() < 0) {
			throw new InputRejectedException("points", rule.kind() == RuleKind.NEGATIVE
					? "a negative rule takes points away" : "only negative rules take points away");
		}
		if (rule.kind() == RuleKind.ENGAGEMENT && rule.eventType() == null) {
			throw new InputRejectedException("eventType", "an engagement rule counts a kind of behaviour");
		}
		if (rule.eventType() == null) {
			checkFieldTest(rule);
		}
		if (rule.halfLifeDays() != null && (rule.halfLifeDays() < 1 || rule.halfLifeDays() > 3650)) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "halfLifeDays", "must be 1 to 3650 days");
		}
	}

	private static void checkFieldTest(ScoringRule rule) {
		if (rule.attribute() == null || rule.operator() == null) {
			throw new InputRejectedException("attribute", "a rule tests a field with an operator, or counts behaviour");
		}
		boolean needsValue = rule.operator() != Operator.FREE_MAIL && rule.operator() != Operator.DO_NOT_CONTACT;
		if (needsValue && (rule.value() == null || rule.value().isBlank())) {
			throw new InputRejectedException("value", "this operator compares with a value");
		}
		if (rule.value() != null && rule.value().length() > 500) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "value", "must be at most 500 characters");
		}
	}

}
