package org.tandem.goals.web;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.goals.AlertRule;
import org.tandem.goals.AlertRuleDraft;
import org.tandem.goals.AlertRuleId;
import org.tandem.goals.KpiAlert;
import org.tandem.goals.KpiAlerts;
import org.tandem.identity.CurrentUsers;

/**
 * Deviation alerts over JSON: the rules, the alerts they raised with the numbers behind
 * them, and their settling by an owner.
 */
@RestController
@RequestMapping("/api/v1/kpi-alerts")
class KpiAlertApiController {

	private final KpiAlerts alerts;

	KpiAlertApiController(KpiAlerts alerts) {
		this.alerts = alerts;
	}

	/** Whether a rule is checked. */
	record Activity(@NotNull Boolean active) {
	}

	/**
	 * The alerts raised since a time (by default, the last 30 days), the newest first.
	 */
	@GetMapping
	List<KpiAlert> since(@RequestParam(required = false) @Nullable Instant since) {
		return this.alerts.since(since != null ? since : Instant.now().minus(30, ChronoUnit.DAYS));
	}

	@PostMapping("/{id}/acknowledge")
	KpiAlert acknowledge(@PathVariable UUID id) {
		return this.alerts.acknowledge(id, CurrentUsers.require());
	}

	@GetMapping("/rules")
	List<AlertRule> rules() {
		return this.alerts.rules();
	}

	@PostMapping("/rules")
	ResponseEntity<AlertRule> create(@Valid @RequestBody AlertRuleDraft draft) {
		AlertRule rule = this.alerts.createRule(draft);
		return ResponseEntity.created(URI.create("/api/v1/kpi-alerts/rules/" + rule.id())).body(rule);
	}

	@PutMapping("/rules/{id}/active")
	AlertRule activity(@PathVariable UUID id, @Valid @RequestBody Activity activity) {
		return this.alerts.setActive(new AlertRuleId(id), activity.active());
	}

	/**
	 * Checks every active rule now, as the hourly check does; the answer is what it
	 * raised.
	 */
	@PostMapping("/evaluate")
	List<KpiAlert> evaluate() {
		return this.alerts.evaluate();
	}

}
