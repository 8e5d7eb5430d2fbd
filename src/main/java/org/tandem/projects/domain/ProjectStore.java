package org.tandem.projects.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.goals.Kpi;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.projects.Project;

/** Joint projects and everything on them, as rows. */
@Component
public class ProjectStore {

	private final JdbcClient jdbc;

	ProjectStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String name, String goal, LocalDate startsOn, LocalDate endsOn, UserId owner,
			Instant at) {
		this.jdbc
			.sql("INSERT INTO projects_project (id, name, goal, starts_on, ends_on, status, owner_id, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, 'PLANNED', ?, ?)")
			.params(id, name, goal, startsOn, endsOn, owner.value(), Timestamp.from(at))
			.update();
	}

	public boolean setStatus(UUID id, Project.Status status, long version) {
		return this.jdbc
			.sql("UPDATE projects_project SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(status.name(), id, version)
			.update() == 1;
	}

	public void addMember(UUID project, UserId user) {
		this.jdbc.sql("DELETE FROM projects_member WHERE project_id = ? AND user_id = ?")
			.params(project, user.value())
			.update();
		this.jdbc.sql("INSERT INTO projects_member (project_id, user_id) VALUES (?, ?)")
			.params(project, user.value())
			.update();
	}

	public void addCriterion(UUID project, String description, @Nullable Kpi kpi, @Nullable BigDecimal target) {
		this.jdbc
			.sql("INSERT INTO projects_criterion (id, project_id, description, kpi, target) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), project, description, kpi == null ? null : kpi.name(), target)
			.update();
	}

	public void addStage(UUID project, String name) {
		int position = this.jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM projects_stage WHERE project_id = ?")
			.param(project)
			.query(Integer.class)
			.single();
		this.jdbc.sql("INSERT INTO projects_stage (id, project_id, position, name) VALUES (?, ?, ?, ?)")
			.params(UUID.randomUUID(), project, position, name)
			.update();
	}

	public void addTask(UUID project, UUID stage, String title, UserId owner, LocalDate dueOn, Instant at) {
		this.jdbc
			.sql("INSERT INTO projects_task (id, project_id, stage_id, title, owner_id, due_on, status, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)")
			.params(UUID.randomUUID(), project, stage, title, owner.value(), dueOn, Timestamp.from(at))
			.update();
	}

	public boolean setTask(UUID project, UUID task, Project.TaskStatus status) {
		return this.jdbc.sql("UPDATE projects_task SET status = ? WHERE project_id = ? AND id = ?")
			.params(status.name(), project, task)
			.update() == 1;
	}

	public void addReport(UUID project, LocalDate from, LocalDate to, Project.Health health, String summary,
			String author, Instant at) {
		this.jdbc
			.sql("INSERT INTO projects_report (id, project_id, period_from, period_to, health, summary, author_name, "
					+ "at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), project, from, to, health.name(), summary, author, Timestamp.from(at))
			.update();
	}

	public void addRetro(UUID project, Project.RetroKind kind, String text, String author, Instant at) {
		this.jdbc
			.sql("INSERT INTO projects_retro (id, project_id, kind, text, author_name, at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), project, kind.name(), text, author, Timestamp.from(at))
			.update();
	}

	/**
	 * Links a retrospective item to the action item it became; false when it already was.
	 */
	public boolean retroActed(UUID project, UUID item, UUID actionItem) {
		return this.jdbc
			.sql("UPDATE projects_retro SET action_item_id = ? WHERE project_id = ? AND id = ? "
					+ "AND action_item_id IS NULL")
			.params(actionItem, project, item)
			.update() == 1;
	}

	public Optional<Project> find(UUID id, Map<UserId, UserSummary> people) {
		return all(people).stream().filter(project -> project.id().equals(id)).findFirst();
	}

	/**
	 * Every project, the latest start first, with names and departments from
	 * {@code people}.
	 */
	public List<Project> all(Map<UserId, UserSummary> people) {
		Function<UserId, String> name = user -> people.containsKey(user) ? people.get(user).displayName() : "—";
		Map<UUID, List<Project.Member>> members = new HashMap<>();
		this.jdbc.sql("SELECT * FROM projects_member").query((rs, n) -> {
			UserId user = new UserId(rs.getObject("user_id", UUID.class));
			UserSummary person = people.get(user);
			return members.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
				.add(new Project.Member(user, name.apply(user), person == null ? null : person.department()));
		}).list();
		Map<UUID, List<Project.Criterion>> criteria = new HashMap<>();
		this.jdbc.sql("SELECT * FROM projects_criterion").query((rs, n) -> {
			String kpi = rs.getString("kpi");
			return criteria.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
				.add(new Project.Criterion(rs.getObject("id", UUID.class), rs.getString("description"),
						kpi == null ? null : Kpi.valueOf(kpi), rs.getBigDecimal("target")));
		}).list();
		Map<UUID, List<Project.Stage>> stages = new HashMap<>();
		this.jdbc.sql("SELECT * FROM projects_stage ORDER BY position")
			.query((rs, n) -> stages.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
				.add(new Project.Stage(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("name"))))
			.list();
		Map<UUID, List<Project.Task>> tasks = new HashMap<>();
		this.jdbc.sql("SELECT * FROM projects_task ORDER BY due_on, created_at").query((rs, n) -> {
			UserId owner = new UserId(rs.getObject("owner_id", UUID.class));
			return tasks.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
				.add(new Project.Task(rs.getObject("id", UUID.class), rs.getObject("stage_id", UUID.class),
						rs.getString("title"), owner, name.apply(owner), rs.getObject("due_on", LocalDate.class),
						Project.TaskStatus.valueOf(rs.getString("status"))));
		}).list();
		Map<UUID, List<Project.Report>> reports = new HashMap<>();
		this.jdbc.sql("SELECT * FROM projects_report ORDER BY period_to DESC")
			.query((rs, n) -> reports.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
				.add(new Project.Report(rs.getObject("id", UUID.class), rs.getObject("period_from", LocalDate.class),
						rs.getObject("period_to", LocalDate.class), Project.Health.valueOf(rs.getString("health")),
						rs.getString("summary"), rs.getString("author_name"),
						rs.getObject("at", OffsetDateTime.class).toInstant())))
			.list();
		Map<UUID, List<Project.RetroItem>> retro = new HashMap<>();
		this.jdbc.sql("SELECT * FROM projects_retro ORDER BY at")
			.query((rs, n) -> retro.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
				.add(new Project.RetroItem(rs.getObject("id", UUID.class),
						Project.RetroKind.valueOf(rs.getString("kind")), rs.getString("text"),
						rs.getString("author_name"), rs.getObject("action_item_id", UUID.class))))
			.list();
		return this.jdbc.sql("SELECT * FROM projects_project ORDER BY starts_on DESC, created_at DESC")
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				UserId owner = new UserId(rs.getObject("owner_id", UUID.class));
				List<Project.Member> team = new ArrayList<>(members.getOrDefault(id, List.of()));
				team.sort(Comparator.comparing(Project.Member::name));
				return new Project(id, rs.getString("name"), rs.getString("goal"),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
						Project.Status.valueOf(rs.getString("status")), owner, name.apply(owner), team,
						criteria.getOrDefault(id, List.of()), stages.getOrDefault(id, List.of()),
						tasks.getOrDefault(id, List.of()), reports.getOrDefault(id, List.of()),
						retro.getOrDefault(id, List.of()), rs.getLong("version"));
			})
			.list();
	}

}
