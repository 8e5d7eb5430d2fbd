package org.tandem.surveys.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.InputRejectedException;
import org.tandem.surveys.AnswerDraft;
import org.tandem.surveys.Diagnostics;
import org.tandem.surveys.Dimension;
import org.tandem.surveys.Divergence;
import org.tandem.surveys.DivergencePoint;
import org.tandem.surveys.PlanDirection;
import org.tandem.surveys.Question;
import org.tandem.surveys.QuestionKind;
import org.tandem.surveys.Questionnaire;
import org.tandem.surveys.Round;

/**
 * The diagnostics: the rounds waiting for one's answers, the answer form, the heads'
 * questionnaires and rounds, and a round's analysis with its divergence points.
 */
@Controller
@RequestMapping("/surveys")
class SurveyController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Diagnostics diagnostics;

	private final SurveyText text;

	private final UserDirectory directory;

	private final Clock clock;

	SurveyController(Diagnostics diagnostics, SurveyText text, UserDirectory directory, Clock clock) {
		this.diagnostics = diagnostics;
		this.text = text;
		this.directory = directory;
		this.clock = clock;
	}

	/** A round in the list, with its index. */
	record RoundLine(Round round, String questionnaire, @Nullable Double index) {
	}

	@GetMapping
	String home(Model model, Locale locale) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("waiting", this.diagnostics.waitingFor(me.id()));
		boolean reader = me.role() == Role.MANAGER || me.role() == Role.ADMIN || me.role() == Role.LEADERSHIP;
		boolean head = me.role() == Role.MANAGER || me.role() == Role.ADMIN;
		model.addAttribute("reader", reader);
		model.addAttribute("head", head);
		if (reader) {
			Map<UUID, String> names = new LinkedHashMap<>();
			List<Questionnaire> questionnaires = this.diagnostics.questionnaires();
			questionnaires.forEach(one -> names.put(one.id(), this.text.words(one.name(), locale)));
			List<Map.Entry<Round, @Nullable Double>> trend = this.diagnostics.trend();
			List<RoundLine> lines = new ArrayList<>();
			for (int i = trend.size() - 1; i >= 0; i--) {
				Round round = trend.get(i).getKey();
				lines.add(new RoundLine(round, names.getOrDefault(round.questionnaire(), ""), trend.get(i).getValue()));
			}
			model.addAttribute("rounds", lines);
			model.addAttribute("questionnaires", questionnaires);
			model.addAttribute("names", names);
			List<Map.Entry<Round, @Nullable Double>> measured = trend.stream()
				.filter(entry -> entry.getValue() != null)
				.toList();
			model.addAttribute("trendChart",
					measured.size() < 2 ? null
							: JSON.writeValueAsString(Map.of("tooltip", Map.of("trigger", "axis"), "grid",
									Map.of("left", 10, "right", 20, "bottom", 30, "containLabel", true), "xAxis",
									Map.of("type", "category", "data",
											measured.stream().map(entry -> entry.getKey().title()).toList()),
									"yAxis", Map.of("type", "value", "min", 0, "max", 100), "series",
									List.of(Map.of("type", "line", "name", this.text.words("#surveys.index", locale),
											"data", measured.stream().map(entry -> round1(entry.getValue())).toList(),
											"label", Map.of("show", true))))));
			model.addAttribute("defaultCloses", LocalDate.now(this.clock).plusDays(14));
		}
		return "surveys/home";
	}

	// questionnaires

	@PostMapping("/questionnaires")
	String create(@RequestParam(defaultValue = "false") boolean template, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		try {
			Questionnaire created = this.diagnostics.create(name, template, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "surveys.questionnaireCreated");
			return "redirect:/surveys/questionnaires/" + created.id();
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "surveys.invalid." + ex.field());
			return "redirect:/surveys";
		}
	}

	@GetMapping("/questionnaires/{id}")
	String questionnaire(@PathVariable UUID id, Model model, Locale locale) {
		Questionnaire questionnaire = this.diagnostics.questionnaire(id);
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("name", this.text.words(questionnaire.name(), locale));
		model.addAttribute("questions", this.text.shown(questionnaire.questions(), locale));
		model.addAttribute("dimensions", Dimension.values());
		model.addAttribute("kinds", QuestionKind.values());
		return "surveys/questionnaire";
	}

	@PostMapping("/questionnaires/{id}/questions")
	String addQuestion(@PathVariable UUID id, @RequestParam Dimension dimension, @RequestParam QuestionKind kind,
			@RequestParam String text, @RequestParam(defaultValue = "") String options, RedirectAttributes redirect) {
		try {
			this.diagnostics.addQuestion(id, dimension, kind, text, Arrays.asList(options.split("\\R")));
			redirect.addFlashAttribute("notice", "surveys.questionAdded");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "surveys.invalid." + ex.field());
		}
		return "redirect:/surveys/questionnaires/" + id;
	}

	@PostMapping("/questionnaires/{id}/questions/{question}/delete")
	String removeQuestion(@PathVariable UUID id, @PathVariable UUID question, RedirectAttributes redirect) {
		try {
			this.diagnostics.removeQuestion(id, question);
			redirect.addFlashAttribute("notice", "surveys.questionRemoved");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "surveys.invalid." + ex.field());
		}
		return "redirect:/surveys/questionnaires/" + id;
	}

	@PostMapping("/questionnaires/{id}/copy")
	String copy(@PathVariable UUID id, @RequestParam String name, RedirectAttributes redirect) {
		try {
			Questionnaire copy = this.diagnostics.copy(id, name, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "surveys.questionnaireCreated");
			return "redirect:/surveys/questionnaires/" + copy.id();
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "surveys.invalid." + ex.field());
			return "redirect:/surveys/questionnaires/" + id;
		}
	}

	// rounds

	@PostMapping("/rounds")
	String open(@RequestParam UUID questionnaire, @RequestParam String title,
			@RequestParam(defaultValue = "false") boolean anonymous,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
			RedirectAttributes redirect) {
		try {
			Round round = this.diagnostics.open(questionnaire, title, anonymous, closesOn, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "surveys.roundOpened");
			return "redirect:/surveys/rounds/" + round.id();
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "surveys.invalid." + ex.field());
			return "redirect:/surveys";
		}
	}

	@GetMapping("/rounds/{id}/answer")
	String answerForm(@PathVariable UUID id, Model model, Locale locale) {
		CurrentUser me = CurrentUsers.require();
		Questionnaire questionnaire = this.diagnostics.toAnswer(id, me.id());
		model.addAttribute("round", this.diagnostics.round(id));
		model.addAttribute("answered", this.diagnostics.answered(id, me.id()));
		model.addAttribute("groups", grouped(this.text.shown(questionnaire.questions(), locale)));
		return "surveys/answer";
	}

	@PostMapping("/rounds/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect) {
		CurrentUser me = CurrentUsers.require();
		Questionnaire questionnaire = this.diagnostics.toAnswer(id, me.id());
		List<AnswerDraft> answers = new ArrayList<>();
		try {
			for (Question question : questionnaire.questions()) {
				List<String> given = form.getOrDefault("q_" + question.id(), List.of())
					.stream()
					.filter(value -> !value.isBlank())
					.toList();
				if (given.isEmpty()) {
					continue;
				}
				String field = "q" + question.position();
				answers.add(switch (question.kind()) {
					case LIKERT, SINGLE -> new AnswerDraft(question.id(), number(given.get(0), field), List.of(), null);
					case MULTIPLE -> new AnswerDraft(question.id(), null,
							given.stream().map(value -> number(value, field)).toList(), null);
					case TEXT -> new AnswerDraft(question.id(), null, List.of(), given.get(0));
				});
			}
			this.diagnostics.answer(id, me.id(), answers);
			redirect.addFlashAttribute("notice", "surveys.thanks");
			return "redirect:/surveys";
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", ex.field().startsWith("q") && !"question".equals(ex.field())
					? "surveys.invalid.answer" : "surveys.invalid." + ex.field());
			return "redirect:/surveys/rounds/" + id + "/answer";
		}
	}

	private static int number(String value, String field) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InputRejectedException(field, "is a number");
		}
	}

	private static Map<Dimension, List<SurveyText.Shown>> grouped(List<SurveyText.Shown> questions) {
		Map<Dimension, List<SurveyText.Shown>> groups = new LinkedHashMap<>();
		for (Dimension dimension : Dimension.values()) {
			List<SurveyText.Shown> of = questions.stream()
				.filter(shown -> shown.question().dimension() == dimension)
				.toList();
			if (!of.isEmpty()) {
				groups.put(dimension, of);
			}
		}
		return groups;
	}

	/** A question's result as the analysis page shows it. */
	record ResultLine(SurveyText.Shown shown, Divergence.QuestionResult result) {
	}

	/** A divergence point as the analysis page shows it. */
	record PointLine(SurveyText.Shown shown, DivergencePoint point) {
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable UUID id, Model model, Locale locale) {
		CurrentUser me = CurrentUsers.require();
		Round round = this.diagnostics.round(id);
		Questionnaire questionnaire = this.diagnostics.questionnaire(round.questionnaire());
		Divergence divergence = this.diagnostics.analysis(id);
		model.addAttribute("round", round);
		model.addAttribute("questionnaireName", this.text.words(questionnaire.name(), locale));
		model.addAttribute("divergence", divergence);
		model.addAttribute("head", me.role() == Role.MANAGER || me.role() == Role.ADMIN);
		model.addAttribute("results",
				divergence.questions()
					.stream()
					.map(result -> new ResultLine(this.text.shown(result.question(), locale), result))
					.toList());
		model.addAttribute("points",
				this.diagnostics.points(id, divergence)
					.stream()
					.map(point -> new PointLine(this.text.shown(point.result().question(), locale), point))
					.toList());
		model.addAttribute("dimensions", Dimension.values());
		model.addAttribute("directions", PlanDirection.values());
		model.addAttribute("people", this.directory.all().stream().filter(UserSummary::enabled).toList());
		model.addAttribute("defaultDue", LocalDate.now(this.clock).plusDays(30));
		model.addAttribute("chart", divergence.shown() ? chart(divergence, locale) : null);
		return "surveys/round";
	}

	/** The two departments' means per scale question, side by side. */
	private @Nullable String chart(Divergence divergence, Locale locale) {
		List<String> labels = new ArrayList<>();
		List<@Nullable Double> marketing = new ArrayList<>();
		List<@Nullable Double> sales = new ArrayList<>();
		for (Divergence.QuestionResult result : divergence.questions()) {
			if (result.question().kind() != QuestionKind.LIKERT) {
				continue;
			}
			labels.add("Q" + result.question().position());
			marketing.add(result.marketing().mean() == null ? null : round1(result.marketing().mean()));
			sales.add(result.sales().mean() == null ? null : round1(result.sales().mean()));
		}
		if (labels.isEmpty()) {
			return null;
		}
		return JSON.writeValueAsString(Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of(), "grid",
				Map.of("left", 10, "right", 20, "bottom", 30, "containLabel", true), "xAxis",
				Map.of("type", "category", "data", labels), "yAxis",
				Map.of("type", "value", "min", 1, "max", Question.SCALE), "series",
				List.of(Map.of("type", "bar", "name", this.text.words("#department.MARKETING", locale), "data",
						marketing),
						Map.of("type", "bar", "name", this.text.words("#department.SALES", locale), "data", sales))));
	}

	private static double round1(double value) {
		return Math.round(value * 10) / 10.0;
	}

	@PostMapping("/rounds/{id}/remind")
	String remind(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			int reminded = this.diagnostics.remind(id);
			redirect.addFlashAttribute("notice", reminded == 0 ? "surveys.nobodyToRemind" : "surveys.reminded");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "surveys.invalid." + ex.field());
		}
		return "redirect:/surveys/rounds/" + id;
	}

	@PostMapping("/rounds/{id}/close")
	String close(@PathVariable UUID id, RedirectAttributes redirect) {
		this.diagnostics.close(id);
		redirect.addFlashAttribute("notice", "surveys.closed");
		return "redirect:/surveys/rounds/" + id;
	}

	@PostMapping("/rounds/{id}/points/{question}")
	String score(@PathVariable UUID id, @PathVariable UUID question, @RequestParam Integer impact,
			@RequestParam Integer frequency, @RequestParam Integer risk, RedirectAttributes redirect) {
		try {
			this.diagnostics.score(id, question, impact, frequency, risk, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "surveys.scored");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "surveys.invalid." + ex.field());
		}
		return "redirect:/surveys/rounds/" + id + "#points";
	}

	@PostMapping("/rounds/{id}/points/{question}/items")
	String act(@PathVariable UUID id, @PathVariable UUID question, @RequestParam String title, @RequestParam UUID owner,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam(required = false) @Nullable PlanDirection direction, RedirectAttributes redirect) {
		try {
			this.diagnostics.act(id, question, title, new UserId(owner), dueOn, direction, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "surveys.itemGiven");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "surveys.invalid." + ex.field());
		}
		return "redirect:/surveys/rounds/" + id + "#points";
	}

}
