package org.tandem.scoring.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.platform.DemoMode;
import org.tandem.scoring.ModelStatus;
import org.tandem.scoring.PredictiveScoring;

/**
 * Trains the learned score on the demo company's history, so that it shows beside the
 * rule score from the first start.
 */
@Component
@Order(50)
class DemoModel implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoModel.class);

	private final DemoMode demo;

	private final PredictiveScoring predictive;

	DemoModel(DemoMode demo, PredictiveScoring predictive) {
		this.demo = demo;
		this.predictive = predictive;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || this.predictive.status().isPresent()) {
			return;
		}
		ModelStatus status = this.predictive.train();
		log.info("Demo data: learned lead score trained on {} verdicts; held-out AUC {} (rule score {})",
				status.examples(), String.format("%.3f", status.auc()), String.format("%.3f", status.ruleAuc()));
	}

}
