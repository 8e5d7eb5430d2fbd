package org.tandem.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Splits the credit for one conversion (a won deal, an opportunity) over the campaign
 * touches that came before it. Under every model the shares are never negative and sum to
 * exactly one, at {@link #SCALE} decimals: what rounding leaves over goes to the largest
 * share.
 */
public final class Attribution {

	/** Decimals of a share. */
	public static final int SCALE = 6;

	/** How fast a touch's weight fades under {@link AttributionModel#TIME_DECAY}. */
	public static final Duration HALF_LIFE = Duration.ofDays(7);

	private Attribution() {
	}

	/**
	 * One person's way to a conversion: the touches (in any order), when they became a
	 * lead and when the opportunity was opened (either may be unknown), and when they
	 * converted. Touches after the conversion earn nothing.
	 */
	public record Journey(List<Touch> touches, @Nullable Instant leadAt, @Nullable Instant opportunityAt,
			Instant convertedAt) {
	}

	/**
	 * Each campaign's share of the credit, in the order the campaigns first touched;
	 * empty when no touch came before the conversion.
	 */
	public static Map<CampaignId, BigDecimal> credit(AttributionModel model, Journey journey) {
		List<Touch> touches = journey.touches()
			.stream()
			.filter(touch -> !touch.at().isAfter(journey.convertedAt()))
			.sorted(Comparator.comparing(Touch::at))
			.toList();
		Map<CampaignId, BigDecimal> credit = new LinkedHashMap<>();
		if (touches.isEmpty()) {
			return credit;
		}
		List<BigDecimal> shares = rounded(weights(model, touches, journey));
		for (int i = 0; i < touches.size(); i++) {
			if (shares.get(i).signum() > 0) {
				credit.merge(touches.get(i).campaign(), shares.get(i), BigDecimal::add);
			}
		}
		return credit;
	}

	private static double[] weights(AttributionModel model, List<Touch> touches, Journey journey) {
		int n = touches.size();
		double[] weights = new double[n];
		switch (model) {
			case FIRST_TOUCH -> weights[0] = 1;
			case LAST_TOUCH -> weights[n - 1] = 1;
			case LINEAR -> Arrays.fill(weights, 1);
			case U_SHAPED -> positional(weights, new int[] { 0, lastUpTo(touches, journey.leadAt()) }, 0.4);
			case W_SHAPED -> positional(weights,
					new int[] { 0, lastUpTo(touches, journey.leadAt()), lastUpTo(touches, journey.opportunityAt()) },
					0.3);
			case TIME_DECAY -> {
				// ages counted from the latest touch: the same proportions as from the
				// conversion, and the latest touch always weighs one
				Instant latest = touches.get(n - 1).at();
				for (int i = 0; i < n; i++) {
					double age = Duration.between(touches.get(i).at(), latest).toMillis();
					weights[i] = Math.pow(0.5, age / HALF_LIFE.toMillis());
				}
			}
		}
		return weights;
	}

	/**
	 * Gives each milestone touch its weight (a touch that is two milestones gets both)
	 * and spreads the rest evenly over the other touches; with no other touch, the
	 * milestones share the rest in proportion.
	 */
	private static void positional(double[] weights, int[] milestones, double each) {
		for (int milestone : milestones) {
			weights[milestone] += each;
		}
		double rest = 1 - each * milestones.length;
		List<Integer> others = new ArrayList<>();
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] == 0) {
				others.add(i);
			}
		}
		if (others.isEmpty()) {
			return; // normalising shares the rest in proportion
		}
		others.forEach(i -> weights[i] = rest / others.size());
	}

	/** The last touch at or before the moment; the last touch when it is unknown. */
	private static int lastUpTo(List<Touch> touches, @Nullable Instant moment) {
		int last = 0;
		for (int i = 0; i < touches.size(); i++) {
			if (moment == null || !touches.get(i).at().isAfter(moment)) {
				last = i;
			}
		}
		return last;
	}

	private static List<BigDecimal> rounded(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		List<BigDecimal> shares = new ArrayList<>();
		int largest = 0;
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < weights.length; i++) {
			BigDecimal share = BigDecimal.valueOf(weights[i] / total).setScale(SCALE, RoundingMode.HALF_EVEN);
			shares.add(share);
			sum = sum.add(share);
			if (share.compareTo(shares.get(largest)) > 0) {
				largest = i;
			}
		}
		shares.set(largest, shares.get(largest).add(BigDecimal.ONE.subtract(sum)));
		return shares;
	}

}
