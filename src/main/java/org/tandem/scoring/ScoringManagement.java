package org.tandem.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactSummary;
import org.tandem.funnel.ActorKind;
import org.tandem.funnel.FunnelManagement;
import org.tandem.funnel.LifecycleStage;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.scoring.domain.FactsReader;
import org.tandem.scoring.domain.RuleBook;
import org.tandem.scoring.domain.ScoreCalculator;
import org.tandem.scoring.domain.ScoreStore;

/**
 * Scores leads against the rule model and keeps each score with its explanation. A score
 * that crosses the MQL threshold moves a lead (or a recycled one) to MQL as a system
 * transition, naming the score and the rules that got it there.
 */
@Service
@Transactional
public class ScoringManagement {

	private final RuleBook rules;

	private final ScoreStore scores;

	private final FactsReader facts;

	private final FunnelManagement funnel;

	private final Clock clock;

	ScoringManagement(RuleBook rules, ScoreStore scores, FactsReader facts, FunnelManagement funnel, Clock clock) {
		this.rules = rules;
		this.scores = scores;
		this.facts = facts;
		this.funnel = funnel;
		this.clock = clock;
	}

	/**
	 * Recomputes a lead's score; with {@code mayQualify} a crossing of the threshold
	 * moves the lead to MQL. A contact that no longer exists has no score.
	 */
	public Optional<ScoreCard> rescore(ContactId contact, boolean mayQualify) {
		return Optional.ofNullable(rescore(List.of(contact), mayQualify).get(contact));
	}

	/**
	 * Rescores many leads against one reading of the model and of their records, letting
	 * each crossing of the threshold qualify its lead: the batch a transaction gathered
	 * before it commits.
	 */
	public void rescoreAll(List<ContactId> contacts) {
		rescore(contacts, true);
	}

	/**
	 * Scores many leads without moving any of them, as for people brought in with their
	 * past.
	 */
	public void scoreAll(List<ContactId> contacts) {
		rescore(contacts, false);
	}

	private Map<ContactId, ScoreCard> rescore(List<ContactId> contacts, boolean mayQualify) {
		RuleBook.Model book = this.rules.model();
		List<ScoringRule> model = book.rules();
		int threshold = book.threshold();
		Map<ContactId, ContactSummary> people = this.facts.contacts(contacts);
		Map<ContactId, ScoreCalculator.Facts> facts = this.facts.facts(people.values());
		Map<ContactId, List<ScoreCalculator.Event>> events = this.scores.events(people.keySet());
		Map<ContactId, ScoreStore.Stored> previous = this.scores.find(people.keySet());
		Instant now = this.clock.instant();
		Map<ContactId, List<ScoreCard.Line>> scored = new LinkedHashMap<>();
		Map<ContactId, String> crossing = new LinkedHashMap<>();
		for (ContactId contact : contacts) {
			ContactSummary person = people.get(contact);
			if (person == null) {
				continue;
			}
			List<ScoreCard.Line> lines = ScoreCalculator.evaluate(model, facts.get(contact),
					events.getOrDefault(contact, List.of()), now);
			scored.put(contact, lines);
			int points = ScoreCalculator.total(lines);
			ScoreStore.Stored before = previous.get(contact);
			boolean crossed = points >= threshold && (before == null || before.points() < threshold);
			if (crossed && mayQualify && mayQualify(person)) {
				crossing.put(contact, explain(points, threshold, lines));
			}
		}
		// the leads that crossed the threshold become MQLs together, as the system
		Set<ContactId> qualified = crossing.isEmpty() ? Set.of()
				: this.funnel.moveAllAsSystem(crossing, LifecycleStage.MQL, ActorKind.SYSTEM);
		Map<ContactId, ScoreCard> cards = new LinkedHashMap<>();
		List<ScoreStore.Score> toSave = new ArrayList<>();
		scored.forEach((contact, lines) -> {
			int points = ScoreCalculator.total(lines);
			ScoreStore.Stored before = previous.get(contact);
			Instant qualifiedAt = qualified.contains(contact) ? now : null;
			toSave.add(new ScoreStore.Score(contact, points, lines, qualifiedAt));
			cards.put(contact, new ScoreCard(contact, points, threshold, lines, now,
					qualifiedAt != null ? qualifiedAt : before == null ? null : before.qualifiedAt()));
		});
		this.scores.saveAll(now, toSave);
		return cards;
	}

	/** Rescores a lead the viewer may see, on their request. */
	public ScoreCard rescore(ContactId contact, CurrentUser viewer) {
		if (this.facts.contact(contact, viewer).isEmpty()) {
			throw new NotFoundException("Contact", contact);
		}
		return rescore(contact, true).orElseThrow(() -> new NotFoundException("Contact", contact));
	}

	/** The stored score of a lead the viewer may see. */
	@Transactional(readOnly = true)
	public Optional<ScoreCard> card(ContactId contact, CurrentUser viewer) {
		if (this.facts.contact(contact, viewer).isEmpty()) {
			return Optional.empty();
		}
		int threshold = this.rules.threshold();
		return this.scores.find(contact)
			.map(stored -> new ScoreCard(contact, stored.points(), threshold, stored.lines(), stored.computedAt(),
					stored.qualifiedAt()));
	}

	/** Only a lead still with marketing is qualified by its score. */
	private static boolean mayQualify(ContactSummary person) {
		LifecycleStage stage = LifecycleStage.parse(person.lifecycleStage()).orElse(LifecycleStage.LEAD);
		return stage == LifecycleStage.LEAD || stage == LifecycleStage.RECYCLED;
	}

	static String explain(int points, int threshold, List<ScoreCard.Line> lines) {
		String reasons = lines.stream()
			.sorted(Comparator.comparingDouble(ScoreCard.Line::points).reversed())
			.limit(4)
			.map(line -> line.rule() + " " + (line.points() >= 0 ? "+" : "") + Math.round(line.points()))
			.collect(Collectors.joining(", "));
		String text = "Score " + points + " reached the MQL threshold " + threshold + ": " + reasons;
		return text.length() > 1000 ? text.substring(0, 1000) : text;
	}

}
