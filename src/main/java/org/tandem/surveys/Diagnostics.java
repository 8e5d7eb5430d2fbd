package org.tandem.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.meetings.ActionItem;
import org.tandem.meetings.ActionOrigin;
import org.tandem.meetings.Meetings;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Words;
import org.tandem.surveys.domain.SurveyStore;

/**
 * Questionnaires, the rounds sent with them to both departments, the answers, and what
 * they show: the divergence per question, the alignment index, and the points the heads
 * rank and act on.
 */
@Service
@Transactional
public class Diagnostics {

	/** What the action items given on a round's points are filed under. */
	public static final String ORIGIN = "SURVEY";

	private final SurveyStore store;

	private final UserDirectory directory;

	private final Meetings meetings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Diagnostics(SurveyStore store, UserDirectory directory, Meetings meetings, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.directory = directory;
		this.meetings = meetings;
		this.events = events;
		this.clock = clock;
	}

	// questionnaires

	@Transactional(readOnly = true)
	public List<Questionnaire> questionnaires() {
		return this.store.questionnaires();
	}

	@Transactional(readOnly = true)
	public Questionnaire questionnaire(UUID id) {
		return this.store.questionnaire(id).orElseThrow(() -> new NotFoundException("Questionnaire", id));
	}

	/** A new questionnaire: the playbook's ready-made one, or an empty one to fill. */
	public Questionnaire create(@Nullable String name, boolean fromTemplate, CurrentUser by) {
		UUID id = UUID.randomUUID();
		if (fromTemplate) {
			this.store.insertQuestionnaire(id, PlaybookTemplate.NAME, by.displayName(), this.clock.instant());
			int n = 1;
			for (PlaybookTemplate.Item item : PlaybookTemplate.ITEMS) {
				this.store.insertQuestion(id, new Question(UUID.randomUUID(), n, item.dimension(), item.kind(),
						PlaybookTemplate.text(n), PlaybookTemplate.options(n, item.options())));
				n++;
			}
			return questionnaire(id);
		}
		this.store.insertQuestionnaire(id, Words.required("name", name, 200), by.displayName(), this.clock.instant());
		return questionnaire(id);
	}

	/** A copy to change, once the original has been sent and is kept as it was. */
	public Questionnaire copy(UUID id, String name, CurrentUser by) {
		Questionnaire original = questionnaire(id);
		UUID copy = UUID.randomUUID();
		this.store.insertQuestionnaire(copy, Words.required("name", name, 200), by.displayName(), this.clock.instant());
		for (Question question : original.questions()) {
			this.store.insertQuestion(copy, new Question(UUID.randomUUID(), question.position(), question.dimension(),
					question.kind(), question.text(), question.options()));
		}
		return questionnaire(copy);
	}

	public Question addQuestion(UUID questionnaire, Dimension dimension, QuestionKind kind, String text,
			List<String> options) {
		editable(questionnaire);
		List<String> kept = options.stream().map(String::strip).filter(option -> !option.isEmpty()).toList();
		if (kind.hasOptions() && (kept.size() < 2 || kept.size() > 10)) {
			throw new InputRejectedException("options", "a choice has 2 to 10 options, one per line");
		}
		if (kept.stream().anyMatch(option -> option.length() > 200 || option.startsWith("#"))) {
			throw new InputRejectedException("options", "an option has up to 200 characters and does not start with #");
		}
		String words = Words.required("text", text, 500);
		if (words.startsWith("#")) {
			throw new InputRejectedException("text", "a question does not start with #");
		}
		Question question = new Question(UUID.randomUUID(), this.store.nextPosition(questionnaire), dimension, kind,
				words, kind.hasOptions() ? kept : List.of());
		this.store.insertQuestion(questionnaire, question);
		return question;
	}

	public void removeQuestion(UUID questionnaire, UUID question) {
		editable(questionnaire);
		this.store.deleteQuestion(questionnaire, question);
	}

	private Questionnaire editable(UUID id) {
		Questionnaire questionnaire = questionnaire(id);
		if (!questionnaire.editable()) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "questionnaire",
					"it was sent in a round and is kept as it was, so rounds stay comparable; change a copy");
		}
		return questionnaire;
	}

	// rounds

	/**
	 * Sends a questionnaire to everyone in marketing and sales who can log in, open until
	 * a day; anonymous rounds keep no link between an answer and its author.
	 */
	public Round open(UUID questionnaire, String title, boolean anonymous, LocalDate closesOn, CurrentUser by) {
		Questionnaire asked = questionnaire(questionnaire);
		if (asked.questions().isEmpty()) {
			throw new InputRejectedException("questionnaire", "has no questions yet");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (closesOn.isBefore(today) || closesOn.isAfter(today.plusDays(90))) {
			throw new InputRejectedException("closesOn", "must be from today to 90 days ahead");
		}
		Map<UserId, TeamKind> people = new LinkedHashMap<>();
		for (UserSummary person : this.directory.all()) {
			TeamKind department = person.department();
			if (person.enabled() && (department == TeamKind.MARKETING || department == TeamKind.SALES)) {
				people.put(person.id(), department);
			}
		}
		if (people.isEmpty()) {
			throw new InputRejectedException("questionnaire", "nobody in marketing or sales can answer it");
		}
		UUID id = UUID.randomUUID();
		String name = Words.required("title", title, 200);
		this.store.insertRound(id, questionnaire, name, anonymous, this.clock.instant(), closesOn, by.displayName());
		this.store.invite(id, people);
		this.events.publishEvent(new SurveyOpened(id, name, closesOn, List.copyOf(people.keySet()), false));
		return round(id);
	}

	@Transactional(readOnly = true)
	public List<Round> rounds() {
		return this.store.rounds();
	}

	@Transactional(readOnly = true)
	public Round round(UUID id) {
		return this.store.round(id).orElseThrow(() -> new NotFoundException("Round", id));
	}

	/**
	 * The open rounds the person was asked to answer and has not, the soonest closing
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<Round> waitingFor(UserId user) {
		return this.store.waitingFor(user);
	}

	/**
	 * The round the person may answer, with its questions; not found when they were not
	 * asked.
	 */
	@Transactional(readOnly = true)
	public Questionnaire toAnswer(UUID round, UserId user) {
		Round asked = round(round);
		if (this.store.invitation(round, user).isEmpty()) {
			throw new NotFoundException("Round", round);
		}
		return questionnaire(asked.questionnaire());
	}

	/** Whether the person has answered the round already. */
	@Transactional(readOnly = true)
	public boolean answered(UUID round, UserId user) {
		return this.store.invitation(round, user).map(Map.Entry::getValue).orElse(false);
	}

	/**
	 * Takes a person's answers, all or none: once per person and round, while it is open.
	 * In an anonymous round the answers are kept with the department only.
	 */
	public void answer(UUID roundId, UserId user, List<AnswerDraft> answers) {
		Round round = round(roundId);
		Map.Entry<TeamKind, Boolean> invitation = this.store.invitation(roundId, user)
			.orElseThrow(() -> new NotFoundException("Round", roundId));
		if (round.status() != RoundStatus.OPEN) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "round", "the round is closed");
		}
		Questionnaire questionnaire = questionnaire(round.questionnaire());
		List<AnswerDraft> kept = check(questionnaire, answers);
		if (invitation.getValue() || !this.store.markAnswered(roundId, user)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "round", "you answered this round already");
		}
		this.store.insertResponse(roundId, invitation.getKey(), round.anonymous() ? null : user,
				round.anonymous() ? null : this.clock.instant(), kept);
	}

	/** The answers that say something, checked against their questions. */
	private static List<AnswerDraft> check(Questionnaire questionnaire, List<AnswerDraft> answers) {
		Map<UUID, Question> questions = new HashMap<>();
		questionnaire.questions().forEach(question -> questions.put(question.id(), question));
		List<AnswerDraft> kept = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (AnswerDraft answer : answers) {
			Question question = questions.get(answer.question());
			if (question == null || !seen.add(answer.question())) {
				throw new InputRejectedException("question", "is not a question of this round, or is answered twice");
			}
			String field = "q" + question.position();
			switch (question.kind()) {
				case LIKERT -> {
					if (answer.number() == null) {
						continue;
					}
					if (answer.number() < 1 || answer.number() > Question.SCALE) {
						throw new InputRejectedException(field, "is a point from 1 to " + Question.SCALE);
					}
					kept.add(new AnswerDraft(question.id(), answer.number(), List.of(), null));
				}
				case SINGLE -> {
					if (answer.number() == null) {
						continue;
					}
					if (answer.number() < 0 || answer.number() >= question.options().size()) {
						throw new InputRejectedException(field, "is one of the options");
					}
					kept.add(new AnswerDraft(question.id(), answer.number(), List.of(), null));
				}
				case MULTIPLE -> {
					List<Integer> chosen = answer.choices().stream().distinct().sorted().toList();
					if (chosen.isEmpty()) {
						continue;
					}
					if (chosen.stream().anyMatch(option -> option < 0 || option >= question.options().size())) {
						throw new InputRejectedException(field, "are some of the options");
					}
					kept.add(new AnswerDraft(question.id(), null, chosen, null));
				}
				case TEXT -> {
					String text = answer.text() == null ? "" : answer.text().strip();
					if (text.isEmpty()) {
						continue;
					}
					if (text.length() > 2000) {
						throw new InputRejectedException(field, "has up to 2000 characters");
					}
					kept.add(new AnswerDraft(question.id(), null, List.of(), text));
				}
			}
		}
		if (kept.isEmpty()) {
			throw new InputRejectedException("answers", "answer at least one question");
		}
		return kept;
	}

	/** Reminds those who have not answered an open round. */
	public int remind(UUID roundId) {
		Round round = round(roundId);
		if (round.status() != RoundStatus.OPEN) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "round", "the round is closed");
		}
		List<UserId> waiting = this.store.notAnswered(roundId);
		this.store.reminded(roundId, this.clock.instant(), false);
		if (!waiting.isEmpty()) {
			this.events.publishEvent(new SurveyOpened(roundId, round.title(), round.closesOn(), waiting, true));
		}
		return waiting.size();
	}

	public Round close(UUID roundId) {
		round(roundId);
		this.store.setStatus(roundId, RoundStatus.CLOSED);
		return round(roundId);
	}

	/**
	 * Closes the rounds whose last day has passed, and reminds once the latecomers of
	 * those closing within two days.
	 */
	public void housekeeping() {
		LocalDate today = LocalDate.now(this.clock);
		this.store.due(today).forEach(id -> this.store.setStatus(id, RoundStatus.CLOSED));
		for (UUID id : this.store.toRemind(today.plusDays(2))) {
			if (this.store.reminded(id, this.clock.instant(), true)) {
				Round round = round(id);
				List<UserId> waiting = this.store.notAnswered(id);
				if (!waiting.isEmpty()) {
					this.events.publishEvent(new SurveyOpened(id, round.title(), round.closesOn(), waiting, true));
				}
			}
		}
	}

	// analysis

	@Transactional(readOnly = true)
	public Divergence analysis(UUID roundId) {
		Round round = round(roundId);
		return Divergence.of(questionnaire(round.questionnaire()).questions(), this.store.responses(roundId),
				round.anonymous());
	}

	/** Each round's alignment index, the oldest first: the trend. */
	@Transactional(readOnly = true)
	public List<Map.Entry<Round, @Nullable Double>> trend() {
		List<Map.Entry<Round, @Nullable Double>> trend = new ArrayList<>();
		List<Round> rounds = new ArrayList<>(this.store.rounds());
		rounds.sort(Comparator.comparing(Round::opensAt));
		for (Round round : rounds) {
			trend.add(new AbstractMap.SimpleImmutableEntry<>(round, analysis(round.id()).index()));
		}
		return trend;
	}

	/**
	 * The round's divergence points: those the heads scored by priority (impact ×
	 * frequency × risk), then the rest by divergence, each with its action items.
	 */
	@Transactional(readOnly = true)
	public List<DivergencePoint> points(UUID roundId, Divergence divergence) {
		Map<UUID, SurveyStore.Scores> scores = this.store.scores(roundId);
		Map<UUID, List<DivergencePoint.PlanItem>> items = new HashMap<>();
		Map<UUID, ActionItem> given = new HashMap<>();
		this.meetings.itemsFrom(ORIGIN, roundId).forEach(item -> given.put(item.id(), item));
		for (SurveyStore.PointItem item : this.store.pointItems(roundId)) {
			ActionItem found = given.get(item.item());
			if (found != null) {
				items.computeIfAbsent(item.question(), question -> new ArrayList<>())
					.add(new DivergencePoint.PlanItem(found, item.direction()));
			}
		}
		List<DivergencePoint> points = new ArrayList<>();
		for (Divergence.QuestionResult result : divergence.ranked()) {
			SurveyStore.Scores score = scores.get(result.question().id());
			List<DivergencePoint.PlanItem> plan = items.getOrDefault(result.question().id(), List.of());
			points.add(score == null ? new DivergencePoint(result, null, null, null, null, null, plan)
					: new DivergencePoint(result, score.impact(), score.frequency(), score.risk(),
							score.impact() * score.frequency() * score.risk(), score.by(), plan));
		}
		points.sort(Comparator
			.comparing((DivergencePoint point) -> point.priority() == null ? -1 : point.priority(),
					Comparator.reverseOrder())
			.thenComparing(point -> point.result().distance(), Comparator.reverseOrder()));
		return points;
	}

	/** The heads' scores of a point: impact, frequency and risk, 1 to 5 each. */
	public void score(UUID roundId, UUID question, int impact, int frequency, int risk, CurrentUser by) {
		measured(roundId, question);
		for (Map.Entry<String, Integer> score : Map.of("impact", impact, "frequency", frequency, "risk", risk)
			.entrySet()) {
			if (score.getValue() < 1 || score.getValue() > 5) {
				throw new InputRejectedException(score.getKey(), "is from 1 to 5");
			}
		}
		this.store.score(roundId, question, impact, frequency, risk, by.displayName(), this.clock.instant());
	}

	/**
	 * Turns a divergence point into an action item with an owner and a deadline, tracked
	 * with the meetings' action items.
	 */
	public ActionItem act(UUID roundId, UUID question, String title, UserId owner, LocalDate dueOn,
			@Nullable PlanDirection direction, CurrentUser by) {
		Round round = round(roundId);
		Question asked = measured(roundId, question);
		ActionItem item = this.meetings.assign(
				new ActionOrigin(ORIGIN, roundId, round.title(), "/surveys/rounds/" + roundId), title, owner, dueOn,
				by);
		this.store.insertPointItem(item.id(), roundId, question,
				direction != null ? direction : asked.dimension().direction());
		return item;
	}

	/** A question of the round that can diverge (not free text). */
	private Question measured(UUID roundId, UUID question) {
		Round round = round(roundId);
		return questionnaire(round.questionnaire()).questions()
			.stream()
			.filter(one -> one.id().equals(question) && one.kind() != QuestionKind.TEXT)
			.findFirst()
			.orElseThrow(() -> new InputRejectedException("question", "is not a measured question of this round"));
	}

}
