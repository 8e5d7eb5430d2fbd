package org.tandem.incentives.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.goals.GoalId;
import org.tandem.identity.UserId;
import org.tandem.incentives.ComponentKind;
import org.tandem.incentives.Participant;
import org.tandem.incentives.Programme;
import org.tandem.incentives.ProgrammeStatus;
import org.tandem.incentives.Run;
import org.tandem.incentives.Statement;
import org.tandem.incentives.StatementLine;

/** Programmes, their formula and participants, and the statements computed, as rows. */
@Component
public class IncentiveStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<StatementLine>> LINES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	IncentiveStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String name, LocalDate startsOn, LocalDate endsOn, Currency currency, String by,
			Instant at) {
		this.jdbc
			.sql("INSERT INTO incentives_programme (id, name, starts_on, ends_on, currency, status, created_by_name, "
					+ "created_at) VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
			.params(id, name, startsOn, endsOn, currency.getCurrencyCode(), by, Timestamp.from(at))
			.update();
	}

	public boolean setStatus(UUID id, ProgrammeStatus status, long version) {
		return this.jdbc
			.sql("UPDATE incentives_programme SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(status.name(), id, version)
			.update() == 1;
	}

	public void insertComponent(UUID programme, org.tandem.incentives.Component component) {
		this.jdbc
			.sql("INSERT INTO incentives_component (id, programme_id, position, name, kind, weight, goal_id, "
					+ "threshold, cap, accelerator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(component.id(), programme, component.position(), component.name(), component.kind().name(),
					component.weight(), component.goal() == null ? null : component.goal().value(),
					component.threshold(), component.cap(), component.accelerator())
			.update();
	}

	public void deleteComponent(UUID programme, UUID component) {
		this.jdbc.sql("DELETE FROM incentives_component WHERE programme_id = ? AND id = ?")
			.params(programme, component)
			.update();
	}

	public void saveParticipant(UUID programme, UserId user, BigDecimal base, @Nullable GoalId goal) {
		this.jdbc.sql("DELETE FROM incentives_participant WHERE programme_id = ? AND user_id = ?")
			.params(programme, user.value())
			.update();
		this.jdbc.sql("INSERT INTO incentives_participant (programme_id, user_id, base, goal_id) VALUES (?, ?, ?, ?)")
			.params(programme, user.value(), base, goal == null ? null : goal.value())
			.update();
	}

	public void deleteParticipant(UUID programme, UserId user) {
		this.jdbc.sql("DELETE FROM incentives_participant WHERE programme_id = ? AND user_id = ?")
			.params(programme, user.value())
			.update();
	}

	/** Every programme, the latest first; participants' names come from {@code names}. */
	public List<Programme> all(Map<UserId, String> names) {
		Map<UUID, List<org.tandem.incentives.Component>> components = new HashMap<>();
		this.jdbc.sql("SELECT * FROM incentives_component ORDER BY position")
			.query((rs, n) -> components
				.computeIfAbsent(rs.getObject("programme_id", UUID.class), id -> new ArrayList<>())
				.add(component(rs)))
			.list();
		Map<UUID, List<Participant>> participants = new HashMap<>();
		this.jdbc.sql("SELECT * FROM incentives_participant").query((rs, n) -> {
			UserId user = new UserId(rs.getObject("user_id", UUID.class));
			UUID goal = rs.getObject("goal_id", UUID.class);
			return participants.computeIfAbsent(rs.getObject("programme_id", UUID.class), id -> new ArrayList<>())
				.add(new Participant(user, names.getOrDefault(user, "—"), rs.getBigDecimal("base"),
						goal == null ? null : new GoalId(goal)));
		}).list();
		return this.jdbc.sql("SELECT * FROM incentives_programme ORDER BY starts_on DESC, created_at DESC")
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				List<Participant> people = new ArrayList<>(participants.getOrDefault(id, List.of()));
				people.sort(Comparator.comparing(Participant::name));
				return new Programme(id, rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
						rs.getObject("ends_on", LocalDate.class), Currency.getInstance(rs.getString("currency")),
						ProgrammeStatus.valueOf(rs.getString("status")), components.getOrDefault(id, List.of()), people,
						rs.getLong("version"));
			})
			.list();
	}

	public Optional<Programme> find(UUID id, Map<UserId, String> names) {
		return all(names).stream().filter(programme -> programme.id().equals(id)).findFirst();
	}

	private static org.tandem.incentives.Component component(ResultSet rs) throws SQLException {
		UUID goal = rs.getObject("goal_id", UUID.class);
		return new org.tandem.incentives.Component(rs.getObject("id", UUID.class), rs.getInt("position"),
				rs.getString("name"), ComponentKind.valueOf(rs.getString("kind")),
				rs.getBigDecimal("weight").stripTrailingZeros(), goal == null ? null : new GoalId(goal),
				rs.getBigDecimal("threshold").stripTrailingZeros(), rs.getBigDecimal("cap").stripTrailingZeros(),
				rs.getBigDecimal("accelerator").stripTrailingZeros());
	}

	// runs and statements

	public void insertRun(UUID programme, Run run, List<Statement> statements) {
		this.jdbc.sql("INSERT INTO incentives_run (id, programme_id, kind, at, by_name) VALUES (?, ?, ?, ?, ?)")
			.params(run.id(), programme, run.kind().name(), Timestamp.from(run.at()), run.by())
			.update();
		for (Statement statement : statements) {
			this.jdbc
				.sql("INSERT INTO incentives_statement (run_id, user_id, name, base, total, lines) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(run.id(), statement.user().value(), statement.name(), statement.base(), statement.total(),
						JSON.writeValueAsString(statement.lines()))
				.update();
		}
	}

	public List<Run> runs(UUID programme) {
		return this.jdbc.sql("SELECT * FROM incentives_run WHERE programme_id = ? ORDER BY at DESC")
			.param(programme)
			.query((rs, n) -> new Run(rs.getObject("id", UUID.class), Run.RunKind.valueOf(rs.getString("kind")),
					rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("by_name")))
			.list();
	}

	/** The statements of a run, by person. */
	public List<Statement> statements(UUID run) {
		return this.jdbc.sql("SELECT * FROM incentives_statement WHERE run_id = ? ORDER BY name")
			.param(run)
			.query((rs, n) -> new Statement(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("name"),
					rs.getBigDecimal("base").stripTrailingZeros(), JSON.readValue(rs.getString("lines"), LINES),
					rs.getBigDecimal("total")))
			.list();
	}

}
