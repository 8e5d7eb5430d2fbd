package org.tandem.goals.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A value judged against its history: the mean and the sample standard deviation of the
 * earlier values, and the threshold {@code sigmas} deviations below (or above) the mean.
 *
 * @param breached whether the value lies beyond the threshold
 */
public record Deviation(BigDecimal mean, BigDecimal deviation, BigDecimal threshold, boolean breached) {

	/** Values needed before a history says anything. */
	public static final int MIN_HISTORY = 4;

	static final int SCALE = 4;

	/**
	 * Judges {@code value} against {@code history}; null when the history is too short to
	 * judge by.
	 */
	public static @Nullable Deviation of(List<BigDecimal> history, BigDecimal value, BigDecimal sigmas, boolean below) {
		if (history.size() < MIN_HISTORY) {
			return null;
		}
		double[] values = history.stream().mapToDouble(BigDecimal::doubleValue).toArray();
		double mean = java.util.Arrays.stream(values).average().orElse(0);
		double squares = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
		double deviation = Math.sqrt(squares / (values.length - 1));
		double threshold = below ? mean - sigmas.doubleValue() * deviation : mean + sigmas.doubleValue() * deviation;
		boolean breached = below ? value.doubleValue() < threshold : value.doubleValue() > threshold;
		return new Deviation(decimal(mean), decimal(deviation), decimal(threshold), breached);
	}

	private static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
	}

}
