package org.tandem.leadership.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.identity.UserId;
import org.tandem.leadership.DevelopmentPlan;

/** Development plans, their goals and check-ins, as rows. */
@Component
public class PlanStore {

	/** A plan's row with its goals and check-ins; the person's name comes later. */
	public record Row(UUID id, UserId person, String focus, List<DevelopmentPlan.Goal> goals,
			List<DevelopmentPlan.CheckIn> checkIns) {
	}

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts a person's plan; false when they have one. */
	public boolean insert(UUID id, UserId person, String focus, String by, Instant at) {
		if (this.jdbc.sql("SELECT COUNT(*) FROM leadership_plan WHERE person_id = ?")
			.param(person.value())
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		this.jdbc
			.sql("INSERT INTO leadership_plan (id, person_id, focus, created_by_name, created_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(id, person.value(), focus, by, Timestamp.from(at))
			.update();
		return true;
	}

	public void addGoal(UUID plan, String text, LocalDate dueOn) {
		this.jdbc.sql("INSERT INTO leadership_plan_goal (id, plan_id, text, due_on) VALUES (?, ?, ?, ?)")
			.params(UUID.randomUUID(), plan, text, dueOn)
			.update();
	}

	public void setDone(UUID plan, UUID goal, @Nullable Instant at) {
		this.jdbc.sql("UPDATE leadership_plan_goal SET done_at = ? WHERE plan_id = ? AND id = ?")
			.params(at == null ? null : Timestamp.from(at), plan, goal)
			.update();
	}

	public void addCheckIn(UUID plan, String author, String note, Instant at) {
		this.jdbc.sql("INSERT INTO leadership_checkin (id, plan_id, author_name, note, at) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), plan, author, note, Timestamp.from(at))
			.update();
	}

	public List<Row> all() {
		Map<UUID, List<DevelopmentPlan.Goal>> goals = new HashMap<>();
		this.jdbc.sql("SELECT * FROM leadership_plan_goal ORDER BY due_on").query((rs, n) -> {
			OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
			return goals.computeIfAbsent(rs.getObject("plan_id", UUID.class), id -> new ArrayList<>())
				.add(new DevelopmentPlan.Goal(rs.getObject("id", UUID.class), rs.getString("text"),
						rs.getObject("due_on", LocalDate.class), done == null ? null : done.toInstant()));
		}).list();
		Map<UUID, List<DevelopmentPlan.CheckIn>> checkIns = new HashMap<>();
		this.jdbc.sql("SELECT * FROM leadership_checkin ORDER BY at DESC")
			.query((rs, n) -> checkIns.computeIfAbsent(rs.getObject("plan_id", UUID.class), id -> new ArrayList<>())
				.add(new DevelopmentPlan.CheckIn(rs.getObject("id", UUID.class), rs.getString("author_name"),
						rs.getString("note"), rs.getObject("at", OffsetDateTime.class).toInstant())))
			.list();
		return this.jdbc.sql("SELECT * FROM leadership_plan ORDER BY created_at").query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new Row(id, new UserId(rs.getObject("person_id", UUID.class)), rs.getString("focus"),
					goals.getOrDefault(id, List.of()), checkIns.getOrDefault(id, List.of()));
		}).list();
	}

}
