package org.tandem.scoring.domain;

import java.util.List;

/**
 * The area under the ROC curve of a score against known outcomes: the chance that a
 * randomly chosen positive scores above a randomly chosen negative (ties count half).
 */
public final class Auc {

	private Auc() {
	}

	/** A score and whether the case really was positive. */
	public record Case(double score, boolean positive) {
	}

	public static double of(List<Case> cases) {
		List<Case> positives = cases.stream().filter(Case::positive).toList();
		List<Case> negatives = cases.stream().filter(candidate -> !candidate.positive()).toList();
		if (positives.isEmpty() || negatives.isEmpty()) {
			return 0.5;
		}
		double wins = 0;
		for (Case positive : positives) {
			for (Case negative : negatives) {
				wins += positive.score() > negative.score() ? 1 : positive.score() == negative.score() ? 0.5 : 0;
			}
		}
		return wins / ((double) positives.size() * negatives.size());
	}

}
