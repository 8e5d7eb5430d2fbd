package org.tandem.surveys.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;
import org.tandem.surveys.AnswerDraft;
import org.tandem.surveys.Diagnostics;
import org.tandem.surveys.Question;
import org.tandem.surveys.Questionnaire;
import org.tandem.surveys.RoundStatus;
import org.tandem.surveys.domain.SurveyStore;

/**
 * The demo company's quarterly diagnostics: last quarter's round and this quarter's, both
 * anonymous and answered by both departments. The departments drew closer on most
 * questions, but still disagree on what counts as a qualified lead, which the heads
 * scored first and gave to Sergey as an action item.
 */
@Component
@Order(85)
class DemoSurveys implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

	/**
	 * Where each department's answers centre, per template question (1–13): marketing,
	 * then sales, for last quarter and this one. Choices centre on an option's index.
	 */
	private static final double[][] LAST = { { 4.4, 2.9 }, { 2.6, 1.9 }, { 1, 2 }, { 4.3, 2.9 }, { 4.5, 2.6 }, { 0, 2 },
			{ 4.6, 2.0 }, { 4.2, 2.5 }, { 2.2, 3.9 }, { 3.8, 2.8 }, { 4.0, 2.4 }, { 3.4, 2.3 }, { 0, 0 } };

	private static final double[][] NOW = { { 4.4, 3.5 }, { 3.4, 2.9 }, { 1, 2 }, { 4.3, 3.3 }, { 4.4, 3.1 }, { 0, 2 },
			{ 4.7, 2.1 }, { 4.2, 3.0 }, { 2.7, 3.9 }, { 3.9, 3.1 }, { 4.0, 3.1 }, { 3.6, 2.8 }, { 0, 0 } };

	private static final List<String> SUGGESTIONS = List.of("One definition of a qualified lead, written down",
			"A weekly call about rejected leads", "Sales at the campaign planning meeting",
			"Credit marketing for the deals it sourced", "Fewer, better leads");

	private final DemoMode demo;

	private final Diagnostics diagnostics;

	private final SurveyStore store;

	private final UserDirectory directory;

	private final Clock clock;

	DemoSurveys(DemoMode demo, Diagnostics diagnostics, SurveyStore store, UserDirectory directory, Clock clock) {
		this.demo = demo;
		this.diagnostics = diagnostics;
		this.store = store;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || !this.store.questionnaires().isEmpty()) {
			return;
		}
		Optional<UserSummary> maria = this.directory.findByUsername("maria");
		Optional<UserSummary> sergey = this.directory.findByUsername("sergey");
		if (maria.isEmpty() || sergey.isEmpty()) {
			return;
		}
		CurrentUser head = CurrentUser.of(maria.get());
		Questionnaire questionnaire = this.diagnostics.create(null, true, head);
		Map<UserId, TeamKind> people = new LinkedHashMap<>();
		for (UserSummary person : this.directory.all()) {
			if (person.enabled()
					&& (person.department() == TeamKind.MARKETING || person.department() == TeamKind.SALES)) {
				people.put(person.id(), person.department());
			}
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		Random random = new Random(8);
		round(questionnaire, "Q3 diagnostics", now.minus(Duration.ofDays(100)), today.minusDays(86), people, LAST, 0.9,
				random);
		UUID current = round(questionnaire, "Q4 diagnostics", now.minus(Duration.ofDays(16)), today.minusDays(2),
				people, NOW, 0.85, random);
		Question mqlDefinition = questionnaire.questions().get(6);
		this.diagnostics.score(current, mqlDefinition.id(), 5, 4, 4, head);
		this.diagnostics.act(current, mqlDefinition.id(), "Agree one written definition of MQL and SQL with both teams",
				sergey.get().id(), today.plusDays(14), null, head);
		log.info("Demo data: two diagnostics rounds answered by {} people", people.size());
	}

	private UUID round(Questionnaire questionnaire, String title, Instant opensAt, LocalDate closesOn,
			Map<UserId, TeamKind> people, double[][] centres, double turnout, Random random) {
		UUID id = UUID.randomUUID();
		this.store.insertRound(id, questionnaire.id(), title, true, opensAt, closesOn, "Maria Sokolova");
		this.store.invite(id, people);
		people.forEach((person, department) -> {
			if (random.nextDouble() > turnout) {
				return;
			}
			int side = department == TeamKind.MARKETING ? 0 : 1;
			List<AnswerDraft> answers = new ArrayList<>();
			for (Question question : questionnaire.questions()) {
				double centre = centres[question.position() - 1][side];
				answers.add(switch (question.kind()) {
					case LIKERT -> new AnswerDraft(question.id(),
							(int) Math.max(1,
									Math.min(Question.SCALE, Math.round(centre + random.nextGaussian() * 0.7))),
							List.of(), null);
					case SINGLE -> new AnswerDraft(question.id(),
							random.nextDouble() < 0.6 ? (int) centre : random.nextInt(question.options().size()),
							List.of(), null);
					case MULTIPLE -> new AnswerDraft(question.id(), null,
							random.nextDouble() < 0.5 ? List.of((int) centre, 4)
									: List.of((int) centre, random.nextInt(question.options().size()))
										.stream()
										.distinct()
										.sorted()
										.toList(),
							null);
					case TEXT -> new AnswerDraft(question.id(), null, List.of(),
							SUGGESTIONS.get(random.nextInt(SUGGESTIONS.size())));
				});
			}
			this.store.markAnswered(id, person);
			this.store.insertResponse(id, department, null, null, answers);
		});
		this.store.setStatus(id, RoundStatus.CLOSED);
		return id;
	}

}
