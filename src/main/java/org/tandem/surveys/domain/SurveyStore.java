package org.tandem.surveys.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;
import org.tandem.surveys.AnswerDraft;
import org.tandem.surveys.Dimension;
import org.tandem.surveys.PlanDirection;
import org.tandem.surveys.Question;
import org.tandem.surveys.QuestionKind;
import org.tandem.surveys.Questionnaire;
import org.tandem.surveys.Response;
import org.tandem.surveys.Round;
import org.tandem.surveys.RoundStatus;

/**
 * Questionnaires, rounds, invitations, answers and the heads' scores of divergence
 * points, as rows.
 */
@Component
public class SurveyStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final String ROUND = "SELECT r.*, "
			+ "(SELECT COUNT(*) FROM surveys_invitation i WHERE i.round_id = r.id AND i.department = 'MARKETING') "
			+ "AS invited_marketing, "
			+ "(SELECT COUNT(*) FROM surveys_invitation i WHERE i.round_id = r.id AND i.department = 'MARKETING' "
			+ "AND i.answered = TRUE) AS answered_marketing, "
			+ "(SELECT COUNT(*) FROM surveys_invitation i WHERE i.round_id = r.id AND i.department = 'SALES') "
			+ "AS invited_sales, "
			+ "(SELECT COUNT(*) FROM surveys_invitation i WHERE i.round_id = r.id AND i.department = 'SALES' "
			+ "AND i.answered = TRUE) AS answered_sales FROM surveys_round r ";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SurveyStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	// questionnaires

	public void insertQuestionnaire(UUID id, String name, String by, Instant at) {
		this.jdbc.sql("INSERT INTO surveys_questionnaire (id, name, created_by_name, created_at) VALUES (?, ?, ?, ?)")
			.params(id, name, by, Timestamp.from(at))
			.update();
	}

	public void insertQuestion(UUID questionnaire, Question question) {
		this.jdbc
			.sql("INSERT INTO surveys_question (id, questionnaire_id, position, dimension, kind, text, options) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(question.id(), questionnaire, question.position(), question.dimension().name(),
					question.kind().name(), question.text(), JSON.writeValueAsString(question.options()))
			.update();
	}

	public void deleteQuestion(UUID questionnaire, UUID question) {
		this.jdbc.sql("DELETE FROM surveys_question WHERE questionnaire_id = ? AND id = ?")
			.params(questionnaire, question)
			.update();
	}

	public int nextPosition(UUID questionnaire) {
		return this.jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM surveys_question WHERE questionnaire_id = ?")
			.param(questionnaire)
			.query(Integer.class)
			.single();
	}

	public List<Questionnaire> questionnaires() {
		List<Row> rows = this.jdbc
			.sql("SELECT q.*, (SELECT COUNT(*) FROM surveys_round r WHERE r.questionnaire_id = q.id) AS rounds "
					+ "FROM surveys_questionnaire q ORDER BY q.created_at DESC")
			.query(SurveyStore::row)
			.list();
		Map<UUID, List<Question>> questions = new HashMap<>();
		this.jdbc.sql("SELECT * FROM surveys_question ORDER BY position")
			.query((rs, n) -> questions
				.computeIfAbsent(rs.getObject("questionnaire_id", UUID.class), id -> new ArrayList<>())
				.add(question(rs)))
			.list();
		return rows.stream()
			.map(row -> new Questionnaire(row.id(), row.name(), row.by(), row.at(),
					questions.getOrDefault(row.id(), List.of()), row.rounds()))
			.toList();
	}

	public Optional<Questionnaire> questionnaire(UUID id) {
		return this.jdbc
			.sql("SELECT q.*, (SELECT COUNT(*) FROM surveys_round r WHERE r.questionnaire_id = q.id) AS rounds "
					+ "FROM surveys_questionnaire q WHERE q.id = ?")
			.param(id)
			.query(SurveyStore::row)
			.optional()
			.map(row -> new Questionnaire(row.id(), row.name(), row.by(), row.at(), questions(id), row.rounds()));
	}

	private List<Question> questions(UUID questionnaire) {
		return this.jdbc.sql("SELECT * FROM surveys_question WHERE questionnaire_id = ? ORDER BY position")
			.param(questionnaire)
			.query((rs, n) -> question(rs))
			.list();
	}

	private record Row(UUID id, String name, String by, Instant at, long rounds) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("created_by_name"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("rounds"));
	}

	private static Question question(ResultSet rs) throws SQLException {
		return new Question(rs.getObject("id", UUID.class), rs.getInt("position"),
				Dimension.valueOf(rs.getString("dimension")), QuestionKind.valueOf(rs.getString("kind")),
				rs.getString("text"), JSON.readValue(rs.getString("options"), STRINGS));
	}

	// rounds

	public void insertRound(UUID id, UUID questionnaire, String title, boolean anonymous, Instant opensAt,
			LocalDate closesOn, String by) {
		this.jdbc
			.sql("INSERT INTO surveys_round (id, questionnaire_id, title, anonymous, opens_at, closes_on, status, "
					+ "created_by_name) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)")
			.params(id, questionnaire, title, anonymous, Timestamp.from(opensAt), closesOn, by)
			.update();
	}

	public void invite(UUID round, Map<UserId, TeamKind> people) {
		this.template.batchUpdate(
				"INSERT INTO surveys_invitation (round_id, user_id, department, answered) VALUES (?, ?, ?, FALSE)",
				people.entrySet()
					.stream()
					.map(entry -> new Object[] { round, entry.getKey().value(), entry.getValue().name() })
					.toList());
	}

	public List<Round> rounds() {
		return this.jdbc.sql(ROUND + "ORDER BY r.opens_at DESC").query(SurveyStore::round).list();
	}

	public Optional<Round> round(UUID id) {
		return this.jdbc.sql(ROUND + "WHERE r.id = ?").param(id).query(SurveyStore::round).optional();
	}

	/** The open rounds a person was asked to answer and has not. */
	public List<Round> waitingFor(UserId user) {
		return this.jdbc
			.sql(ROUND + "WHERE r.status = 'OPEN' AND EXISTS (SELECT 1 FROM surveys_invitation i WHERE "
					+ "i.round_id = r.id AND i.user_id = ? AND i.answered = FALSE) ORDER BY r.closes_on")
			.param(user.value())
			.query(SurveyStore::round)
			.list();
	}

	private static Round round(ResultSet rs, int n) throws SQLException {
		return new Round(rs.getObject("id", UUID.class), rs.getObject("questionnaire_id", UUID.class),
				rs.getString("title"), rs.getBoolean("anonymous"),
				rs.getObject("opens_at", OffsetDateTime.class).toInstant(), rs.getObject("closes_on", LocalDate.class),
				RoundStatus.valueOf(rs.getString("status")), rs.getString("created_by_name"),
				rs.getLong("invited_marketing"), rs.getLong("answered_marketing"), rs.getLong("invited_sales"),
				rs.getLong("answered_sales"));
	}

	/**
	 * The person's department in the round, and whether they answered; empty if not
	 * asked.
	 */
	public Optional<Map.Entry<TeamKind, Boolean>> invitation(UUID round, UserId user) {
		return this.jdbc.sql("SELECT department, answered FROM surveys_invitation WHERE round_id = ? AND user_id = ?")
			.params(round, user.value())
			.query((rs, n) -> Map.entry(TeamKind.valueOf(rs.getString("department")), rs.getBoolean("answered")))
			.optional();
	}

	/** Marks the person's invitation answered; false when it already was. */
	public boolean markAnswered(UUID round, UserId user) {
		return this.jdbc
			.sql("UPDATE surveys_invitation SET answered = TRUE WHERE round_id = ? AND user_id = ? "
					+ "AND answered = FALSE")
			.params(round, user.value())
			.update() == 1;
	}

	/** Those asked who have not answered. */
	public List<UserId> notAnswered(UUID round) {
		return this.jdbc.sql("SELECT user_id FROM surveys_invitation WHERE round_id = ? AND answered = FALSE")
			.param(round)
			.query((rs, n) -> new UserId(rs.getObject("user_id", UUID.class)))
			.list();
	}

	/**
	 * Stores a response: in a named round with its author and time, in an anonymous one
	 * with neither.
	 */
	public void insertResponse(UUID round, TeamKind department, @Nullable UserId respondent, @Nullable Instant at,
			List<AnswerDraft> answers) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO surveys_response (id, round_id, department, respondent_id, submitted_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(id, round, department.name(), respondent == null ? null : respondent.value(),
					at == null ? null : Timestamp.from(at))
			.update();
		this.template.batchUpdate(
				"INSERT INTO surveys_answer (response_id, question_id, number_value, choices, text_value) "
						+ "VALUES (?, ?, ?, ?, ?)",
				answers.stream()
					.map(answer -> new Object[] { id, answer.question(), answer.number(),
							answer.choices().isEmpty() ? null
									: String.join(",", answer.choices().stream().map(String::valueOf).toList()),
							answer.text() })
					.toList());
	}

	/** Every response to a round, with its department and answers. */
	public List<Response> responses(UUID round) {
		Map<UUID, TeamKind> departments = new LinkedHashMap<>();
		this.jdbc.sql("SELECT id, department FROM surveys_response WHERE round_id = ?")
			.param(round)
			.query((rs, n) -> departments.put(rs.getObject("id", UUID.class),
					TeamKind.valueOf(rs.getString("department"))))
			.list();
		Map<UUID, Map<UUID, Response.Value>> answers = new HashMap<>();
		this.jdbc
			.sql("SELECT a.* FROM surveys_answer a JOIN surveys_response r ON r.id = a.response_id "
					+ "WHERE r.round_id = ?")
			.param(round)
			.query((rs, n) -> {
				String choices = rs.getString("choices");
				Integer number = (Integer) rs.getObject("number_value");
				return answers.computeIfAbsent(rs.getObject("response_id", UUID.class), id -> new HashMap<>())
					.put(rs.getObject("question_id", UUID.class),
							new Response.Value(number,
									choices == null ? List.of()
											: Arrays.stream(choices.split(",")).map(Integer::valueOf).toList(),
									rs.getString("text_value")));
			})
			.list();
		List<Response> all = new ArrayList<>();
		departments.forEach((id, department) -> all.add(new Response(department, answers.getOrDefault(id, Map.of()))));
		return all;
	}

	public void setStatus(UUID round, RoundStatus status) {
		this.jdbc.sql("UPDATE surveys_round SET status = ? WHERE id = ?").params(status.name(), round).update();
	}

	/** Open rounds whose last day has passed. */
	public List<UUID> due(LocalDate today) {
		return this.jdbc.sql("SELECT id FROM surveys_round WHERE status = 'OPEN' AND closes_on < ?")
			.param(today)
			.query(UUID.class)
			.list();
	}

	/** Open rounds closing by {@code by} whose latecomers were not reminded yet. */
	public List<UUID> toRemind(LocalDate by) {
		return this.jdbc
			.sql("SELECT id FROM surveys_round WHERE status = 'OPEN' AND closes_on <= ? AND reminded_at IS NULL")
			.param(by)
			.query(UUID.class)
			.list();
	}

	/** Marks a round's latecomers reminded; false when another instance did it. */
	public boolean reminded(UUID round, Instant at, boolean onlyOnce) {
		return this.jdbc
			.sql("UPDATE surveys_round SET reminded_at = ? WHERE id = ?" + (onlyOnce ? " AND reminded_at IS NULL" : ""))
			.params(Timestamp.from(at), round)
			.update() == 1;
	}

	// divergence points

	/** A point's scores as the heads gave them. */
	public record Scores(int impact, int frequency, int risk, String by) {
	}

	public void score(UUID round, UUID question, int impact, int frequency, int risk, String by, Instant at) {
		this.jdbc.sql("DELETE FROM surveys_point WHERE round_id = ? AND question_id = ?")
			.params(round, question)
			.update();
		this.jdbc
			.sql("INSERT INTO surveys_point (round_id, question_id, impact, frequency, risk, scored_by_name, "
					+ "scored_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(round, question, impact, frequency, risk, by, Timestamp.from(at))
			.update();
	}

	public Map<UUID, Scores> scores(UUID round) {
		Map<UUID, Scores> scores = new HashMap<>();
		this.jdbc.sql("SELECT * FROM surveys_point WHERE round_id = ?")
			.param(round)
			.query((rs, n) -> scores.put(rs.getObject("question_id", UUID.class),
					new Scores(rs.getInt("impact"), rs.getInt("frequency"), rs.getInt("risk"),
							rs.getString("scored_by_name"))))
			.list();
		return scores;
	}

	public void insertPointItem(UUID item, UUID round, UUID question, PlanDirection direction) {
		this.jdbc.sql("INSERT INTO surveys_point_item (item_id, round_id, question_id, direction) VALUES (?, ?, ?, ?)")
			.params(item, round, question, direction.name())
			.update();
	}

	/** The action items given on a round's points: item, question and direction. */
	public record PointItem(UUID item, UUID question, PlanDirection direction) {
	}

	public List<PointItem> pointItems(UUID round) {
		return this.jdbc.sql("SELECT * FROM surveys_point_item WHERE round_id = ?")
			.param(round)
			.query((rs, n) -> new PointItem(rs.getObject("item_id", UUID.class),
					rs.getObject("question_id", UUID.class), PlanDirection.valueOf(rs.getString("direction"))))
			.list();
	}

}
