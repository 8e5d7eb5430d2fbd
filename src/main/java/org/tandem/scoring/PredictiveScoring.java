package org.tandem.scoring;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactSummary;
import org.tandem.funnel.FunnelReports;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.InputRejectedException;
import org.tandem.scoring.domain.Auc;
import org.tandem.scoring.domain.FactsReader;
import org.tandem.scoring.domain.LeadFeatures;
import org.tandem.scoring.domain.ModelStore;
import org.tandem.scoring.domain.ScoreStore;

/**
 * The learned score: a logistic regression trained on sales' own verdicts (accepted or
 * sent back) over what was known about each lead, measured on a fifth of the leads held
 * out, beside the rule score measured on the same leads.
 */
@Service
public class PredictiveScoring {

	static final String ACCEPTED = "ACCEPTED";

	static final int MIN_EXAMPLES = 40;

	static final int MIN_PER_OUTCOME = 10;

	private static final LabelFactory LABELS = new LabelFactory();

	private final FunnelReports funnel;

	private final FactsReader facts;

	private final ScoreStore scores;

	private final ModelStore models;

	private final Clock clock;

	PredictiveScoring(FunnelReports funnel, FactsReader facts, ScoreStore scores, ModelStore models, Clock clock) {
		this.funnel = funnel;
		this.facts = facts;
		this.scores = scores;
		this.models = models;
		this.clock = clock;
	}

	/** One lead with sales' verdict, its features and its rule score. */
	private record Case(Map<String, Double> features, boolean accepted, double rulePoints) {
	}

	public ModelStatus train() {
		List<Case> cases = new ArrayList<>();
		this.funnel.salesVerdicts(this.clock.instant().minus(Duration.ofDays(730))).forEach((contact, accepted) -> {
			Optional<ContactSummary> lead = this.facts.contact(contact, CurrentUser.SYSTEM);
			lead.ifPresent(found -> cases.add(new Case(features(found), accepted,
					this.scores.find(contact).map(ScoreStore.Stored::points).orElse(0))));
		});
		long positives = cases.stream().filter(Case::accepted).count();
		if (cases.size() < MIN_EXAMPLES || positives < MIN_PER_OUTCOME || cases.size() - positives < MIN_PER_OUTCOME) {
			throw new InputRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, "model",
					"learning needs at least " + MIN_EXAMPLES + " leads with sales' verdict, " + MIN_PER_OUTCOME
							+ " accepted and " + MIN_PER_OUTCOME + " sent back; there are " + positives + " and "
							+ (cases.size() - positives));
		}
		Collections.shuffle(cases, new Random(42));
		int cut = cases.size() * 4 / 5;
		List<Case> training = cases.subList(0, cut);
		List<Case> heldOut = cases.subList(cut, cases.size());
		MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("sales verdicts", LABELS),
				LABELS);
		training.forEach(
				lead -> dataset.add(example(lead.features(), new Label(lead.accepted() ? ACCEPTED : "SENT_BACK"))));
		Model<Label> model = new LogisticRegressionTrainer().train(dataset);
		List<Auc.Case> learned = new ArrayList<>();
		List<Auc.Case> rules = new ArrayList<>();
		for (Case lead : heldOut) {
			learned.add(new Auc.Case(probability(model, lead.features()), lead.accepted()));
			rules.add(new Auc.Case(lead.rulePoints(), lead.accepted()));
		}
		ModelStatus status = new ModelStatus(this.clock.instant(), cases.size(), (int) positives, heldOut.size(),
				Auc.of(learned), Auc.of(rules));
		this.models.save(status, model);
		return status;
	}

	public Optional<ModelStatus> status() {
		return this.models.latest().map(ModelStore.Loaded::status);
	}

	/** The learned chance that sales accepts this lead, when a model has been trained. */
	public Optional<Double> predict(ContactId contact) {
		Optional<ModelStore.Loaded> model = this.models.latest();
		if (model.isEmpty()) {
			return Optional.empty();
		}
		return this.facts.contact(contact, CurrentUser.SYSTEM)
			.map(lead -> probability(model.get().model(), features(lead)));
	}

	private Map<String, Double> features(ContactSummary lead) {
		return LeadFeatures.of(this.facts.facts(lead), this.scores.events(lead.id()));
	}

	static double probability(Model<Label> model, Map<String, Double> features) {
		try {
			return model.predict(example(features, LabelFactory.UNKNOWN_LABEL))
				.getOutputScores()
				.get(ACCEPTED)
				.getScore();
		}
		catch (IllegalArgumentException nothingTheModelKnows) {
			// a lead with none of the features the model learned from: no evidence either
			// way
			return 0.5;
		}
	}

	private static Example<Label> example(Map<String, Double> features, Label label) {
		String[] names = features.keySet().toArray(String[]::new);
		double[] values = features.values().stream().mapToDouble(Double::doubleValue).toArray();
		if (names.length == 0) {
			return new ArrayExample<>(label, new String[] { "none" }, new double[] { 1.0 });
		}
		return new ArrayExample<>(label, names, values);
	}

}
