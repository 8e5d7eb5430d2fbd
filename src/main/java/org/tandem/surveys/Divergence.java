package org.tandem.surveys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.math3.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

import org.tandem.identity.TeamKind;

/**
 * How far apart the two departments' answers to a round are.
 *
 * <p>
 * Per question, each department's answers are counted. For a scale question the
 * difference of the means (marketing minus sales) comes with its 95 % confidence interval
 * (Welch), and the distance between the two distributions is the earth mover's distance
 * over the five points divided by four: 0 when they answer alike, 1 when one side all
 * strongly agrees and the other all strongly disagrees. For a single choice the distance
 * is the total variation distance between the shares of each option; for a multiple
 * choice, the mean difference of the shares choosing each option. A question's alignment
 * is 100 × (1 − distance); a dimension's and the round's index are the means of their
 * questions' alignments. Free text is read, not measured.
 *
 * <p>
 * In an anonymous round nothing is shown while either department has fewer than
 * {@link #MIN_GROUP} answers, so no answer can be told apart as one person's.
 *
 * @param shown false when the answers are withheld to keep them anonymous
 */
public record Divergence(List<QuestionResult> questions, Map<Dimension, Double> dimensions, @Nullable Double index,
		long marketing, long sales, boolean shown) {

	/** The fewest answers a department shows in an anonymous round. */
	public static final int MIN_GROUP = 3;

	/**
	 * One department's answers to a question: how many answered it, and the count of each
	 * scale point (1–5) or of each option; the mean and standard deviation for a scale;
	 * the texts, in alphabetical order, for free text.
	 */
	public record Side(long n, List<Long> counts, @Nullable Double mean, @Nullable Double sd, List<String> texts) {

		/** Each count as a share of those who answered, 0–1. */
		public List<Double> shares() {
			return this.counts.stream().map(count -> this.n == 0 ? 0.0 : (double) count / this.n).toList();
		}

	}

	/**
	 * A question's result.
	 *
	 * @param difference marketing's mean minus sales', for a scale
	 * @param low the 95 % interval's lower end of the difference, when both sides have
	 * two answers or more
	 * @param distance 0–1, null for free text or when a side has no answer
	 */
	public record QuestionResult(Question question, Side marketing, Side sales, @Nullable Double difference,
			@Nullable Double low, @Nullable Double high, @Nullable Double distance) {

		/** 100 × (1 − distance). */
		public @Nullable Double alignment() {
			return this.distance == null ? null : 100 * (1 - this.distance);
		}

		/** Whether the interval leaves out zero: the departments differ beyond chance. */
		public boolean significant() {
			return this.low != null && this.high != null && (this.low > 0 || this.high < 0);
		}

	}

	/** The measured questions, the most divergent first. */
	public List<QuestionResult> ranked() {
		return this.questions.stream()
			.filter(result -> result.distance() != null)
			.sorted(Comparator.comparing((QuestionResult result) -> result.distance()).reversed())
			.toList();
	}

	public static Divergence of(List<Question> questions, List<Response> responses, boolean anonymous) {
		long marketing = responses.stream().filter(r -> r.department() == TeamKind.MARKETING).count();
		long sales = responses.stream().filter(r -> r.department() == TeamKind.SALES).count();
		boolean shown = !anonymous || (marketing >= MIN_GROUP && sales >= MIN_GROUP);
		List<QuestionResult> results = new ArrayList<>();
		for (Question question : questions) {
			if (!shown) {
				results.add(new QuestionResult(question, hidden(), hidden(), null, null, null, null));
				continue;
			}
			results.add(result(question, side(question, responses, TeamKind.MARKETING),
					side(question, responses, TeamKind.SALES)));
		}
		Map<Dimension, List<Double>> byDimension = new EnumMap<>(Dimension.class);
		List<Double> all = new ArrayList<>();
		for (QuestionResult result : results) {
			Double alignment = result.alignment();
			if (alignment != null) {
				byDimension.computeIfAbsent(result.question().dimension(), dimension -> new ArrayList<>())
					.add(alignment);
				all.add(alignment);
			}
		}
		Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
		byDimension.forEach((dimension, values) -> dimensions.put(dimension, mean(values)));
		return new Divergence(results, dimensions, all.isEmpty() ? null : mean(all), marketing, sales, shown);
	}

	private static Side hidden() {
		return new Side(0, List.of(), null, null, List.of());
	}

	private static Side side(Question question, List<Response> responses, TeamKind department) {
		int size = switch (question.kind()) {
			case LIKERT -> Question.SCALE;
			case SINGLE, MULTIPLE -> question.options().size();
			case TEXT -> 0;
		};
		long[] counts = new long[size];
		List<Integer> numbers = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		long n = 0;
		for (Response response : responses) {
			Response.Value value = response.department() == department ? response.answers().get(question.id()) : null;
			if (value == null) {
				continue;
			}
			switch (question.kind()) {
				case LIKERT -> {
					Integer point = value.number();
					if (point != null && point >= 1 && point <= Question.SCALE) {
						counts[point - 1]++;
						numbers.add(point);
						n++;
					}
				}
				case SINGLE -> {
					Integer option = value.number();
					if (option != null && option >= 0 && option < size) {
						counts[option]++;
						n++;
					}
				}
				case MULTIPLE -> {
					boolean any = false;
					for (int option : value.choices()) {
						if (option >= 0 && option < size) {
							counts[option]++;
							any = true;
						}
					}
					if (any) {
						n++;
					}
				}
				case TEXT -> {
					if (value.text() != null && !value.text().isBlank()) {
						texts.add(value.text().strip());
						n++;
					}
				}
			}
		}
		Collections.sort(texts);
		Double mean = null;
		Double sd = null;
		if (!numbers.isEmpty()) {
			mean = numbers.stream().mapToDouble(Integer::doubleValue).average().orElseThrow();
			if (numbers.size() > 1) {
				double m = mean;
				double squares = numbers.stream().mapToDouble(x -> (x - m) * (x - m)).sum();
				sd = Math.sqrt(squares / (numbers.size() - 1));
			}
		}
		List<Long> countList = new ArrayList<>(size);
		for (long count : counts) {
			countList.add(count);
		}
		return new Side(n, countList, mean, sd, texts);
	}

	private static QuestionResult result(Question question, Side marketing, Side sales) {
		if (question.kind() == QuestionKind.TEXT || marketing.n() == 0 || sales.n() == 0) {
			return new QuestionResult(question, marketing, sales, null, null, null, null);
		}
		List<Double> p = marketing.shares();
		List<Double> q = sales.shares();
		return switch (question.kind()) {
			case LIKERT -> {
				double difference = marketing.mean() - sales.mean();
				double[] interval = welch(marketing, sales, difference);
				yield new QuestionResult(question, marketing, sales, difference, interval == null ? null : interval[0],
						interval == null ? null : interval[1], earthMovers(p, q));
			}
			case SINGLE -> new QuestionResult(question, marketing, sales, null, null, null, halfL1(p, q));
			case MULTIPLE -> new QuestionResult(question, marketing, sales, null, null, null, meanL1(p, q));
			case TEXT -> throw new IllegalStateException("free text is not measured");
		};
	}

	/** The 95 % interval of a difference of means, without assuming equal variances. */
	static double @Nullable [] welch(Side a, Side b, double difference) {
		if (a.sd() == null || b.sd() == null) {
			return null;
		}
		double va = a.sd() * a.sd() / a.n();
		double vb = b.sd() * b.sd() / b.n();
		double se = Math.sqrt(va + vb);
		if (se == 0) {
			return new double[] { difference, difference };
		}
		double df = (va + vb) * (va + vb) / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
		double t = new TDistribution(null, df).inverseCumulativeProbability(0.975);
		return new double[] { difference - t * se, difference + t * se };
	}

	/** The earth mover's distance between two distributions over ordered points, 0–1. */
	static double earthMovers(List<Double> p, List<Double> q) {
		double carried = 0;
		double total = 0;
		for (int i = 0; i < p.size() - 1; i++) {
			carried += p.get(i) - q.get(i);
			total += Math.abs(carried);
		}
		return total / (p.size() - 1);
	}

	private static double halfL1(List<Double> p, List<Double> q) {
		double sum = 0;
		for (int i = 0; i < p.size(); i++) {
			sum += Math.abs(p.get(i) - q.get(i));
		}
		return sum / 2;
	}

	private static double meanL1(List<Double> p, List<Double> q) {
		if (p.isEmpty()) {
			return 0;
		}
		double sum = 0;
		for (int i = 0; i < p.size(); i++) {
			sum += Math.abs(p.get(i) - q.get(i));
		}
		return sum / p.size();
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	/** Finds a question's result. */
	public @Nullable QuestionResult of(UUID question) {
		return this.questions.stream()
			.filter(result -> result.question().id().equals(question))
			.findFirst()
			.orElse(null);
	}

}
