package org.tandem.scoring.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.BehaviourType;
import org.tandem.scoring.Attribute;
import org.tandem.scoring.Operator;
import org.tandem.scoring.ScoreCard;
import org.tandem.scoring.ScoringRule;

/**
 * Evaluates a scoring model against one person: pure, so every rule type and the decay
 * are tested without a database.
 */
public final class ScoreCalculator {

	static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "hotmail.com",
			"outlook.com", "live.com", "aol.com", "icloud.com", "me.com", "gmx.de", "gmx.net", "proton.me",
			"protonmail.com", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "yandex.ru", "ya.ru", "rambler.ru");

	private ScoreCalculator() {
	}

	/** Who the person is, as the rules see it. */
	public record Facts(Map<Attribute, String> values, boolean doNotContact) {
	}

	/** One thing the person did. */
	public record Event(BehaviourType type, Instant at) {
	}

	/** The rules that fired, with what each contributed. */
	public static List<ScoreCard.Line> evaluate(List<ScoringRule> rules, Facts facts, List<Event> events, Instant now) {
		List<ScoreCard.Line> lines = new ArrayList<>();
		for (ScoringRule rule : rules) {
			if (!rule.active()) {
				continue;
			}
			if (rule.testsBehaviour()) {
				engagement(rule, events, now, lines);
			}
			else if (matches(rule, facts)) {
				lines.add(new ScoreCard.Line(rule.label(), rule.kind(), rule.points(), describe(rule, facts)));
			}
		}
		return lines;
	}

	public static int total(List<ScoreCard.Line> lines) {
		return (int) Math.round(lines.stream().mapToDouble(ScoreCard.Line::points).sum());
	}

	/**
	 * What an event of {@code points} is worth after {@code age}: half as much after each
	 * half-life; without a half-life it keeps its worth.
	 */
	public static double decayed(int points, @Nullable Integer halfLifeDays, Duration age) {
		if (halfLifeDays == null || halfLifeDays <= 0 || age.isNegative()) {
			return points;
		}
		double halfLives = age.toSeconds() / (halfLifeDays * 86_400.0);
		return points * Math.pow(0.5, halfLives);
	}

	private static void engagement(ScoringRule rule, List<Event> events, Instant now, List<ScoreCard.Line> lines) {
		List<Event> matching = events.stream().filter(event -> event.type() == rule.eventType()).toList();
		if (matching.isEmpty()) {
			return;
		}
		double sum = matching.stream()
			.mapToDouble(event -> decayed(rule.points(), rule.halfLifeDays(), Duration.between(event.at(), now)))
			.sum();
		if (rule.cap() != null) {
			sum = rule.points() >= 0 ? Math.min(sum, rule.cap()) : Math.max(sum, rule.cap());
		}
		Instant latest = matching.stream().map(Event::at).max(Instant::compareTo).orElse(now);
		long days = Math.max(0, Duration.between(latest, now).toDays());
		lines.add(new ScoreCard.Line(rule.label(), rule.kind(), Math.round(sum * 10) / 10.0,
				matching.size() + "× · latest " + days + " d ago", matching.size(), days));
	}

	static boolean matches(ScoringRule rule, Facts facts) {
		if (rule.operator() == Operator.DO_NOT_CONTACT) {
			return facts.doNotContact();
		}
		String value = rule.attribute() == null ? null : facts.values().get(rule.attribute());
		if (value == null || value.isBlank() || rule.operator() == null) {
			return false;
		}
		String actual = value.strip().toLowerCase(Locale.ROOT);
		return switch (rule.operator()) {
			case EQUALS -> actual.equals(normalise(rule.value()));
			case CONTAINS -> items(rule.value()).stream().anyMatch(actual::contains);
			case ONE_OF -> items(rule.value()).contains(actual);
			case FREE_MAIL -> FREE_MAIL.contains(actual);
			case DO_NOT_CONTACT -> facts.doNotContact();
		};
	}

	private static String describe(ScoringRule rule, Facts facts) {
		if (rule.operator() == Operator.DO_NOT_CONTACT) {
			return "do not contact";
		}
		return String.valueOf(facts.values().get(rule.attribute()));
	}

	private static String normalise(@Nullable String value) {
		return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
	}

	static List<String> items(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(ScoreCalculator::normalise).filter(item -> !item.isEmpty()).toList();
	}

}
