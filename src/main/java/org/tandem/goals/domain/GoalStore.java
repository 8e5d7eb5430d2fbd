package org.tandem.goals.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalId;
import org.tandem.goals.GoalRevision;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiFilter;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;

/**
 * Goals, their owners and their targets' history, as rows.
 */
@Component
public class GoalStore {

	private final JdbcClient jdbc;

	GoalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A goal's row, before its owners are named. */
	public record Row(GoalId id, String name, Kpi kpi, LocalDate startsOn, LocalDate endsOn, @Nullable TeamId team,
			@Nullable UserId rep, @Nullable String channel, @Nullable String campaign, @Nullable String segment,
			@Nullable Currency currency, BigDecimal target, @Nullable BigDecimal relativePercent,
			@Nullable BigDecimal baseline, @Nullable LocalDate baselineFrom, @Nullable LocalDate baselineTo,
			List<UserId> owners, long version) {

		/**
		 * Whether this goal is a quota for the filter's period and non-personal cuts
		 * (channel, campaign, segment): a won-revenue goal in one currency over exactly
		 * that period. Whose quota it is (a rep, a team, everyone) is the caller's to
		 * match.
		 */
		public boolean isQuotaFor(KpiFilter filter) {
			return this.kpi == Kpi.WON_REVENUE && this.currency != null && this.startsOn.equals(filter.from())
					&& this.endsOn.equals(filter.to()) && Objects.equals(this.channel, filter.channel())
					&& Objects.equals(this.campaign, filter.campaign())
					&& Objects.equals(this.segment, filter.segment());
		}

		public Goal goal(Map<UserId, Goal.Owner> people) {
			return new Goal(this.id, this.name, this.kpi, this.startsOn, this.endsOn, this.team, this.rep, this.channel,
					this.campaign, this.segment, this.currency, this.target, this.relativePercent, this.baseline,
					this.baselineFrom, this.baselineTo,
					this.owners.stream()
						.map(owner -> people.getOrDefault(owner, new Goal.Owner(owner, "?", null, null)))
						.toList(),
					this.version);
		}

	}

	public void insert(Row goal, Instant at) {
		this.jdbc
			.sql("INSERT INTO goals_goal (id, name, kpi, starts_on, ends_on, team_id, rep_id, channel, campaign, "
					+ "segment, currency, target, relative_percent, baseline, baseline_from, baseline_to, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(goal.id().value(), goal.name(), goal.kpi().name(), goal.startsOn(), goal.endsOn(),
					goal.team() == null ? null : goal.team().value(), goal.rep() == null ? null : goal.rep().value(),
					goal.channel(), goal.campaign(), goal.segment(),
					goal.currency() == null ? null : goal.currency().getCurrencyCode(), goal.target(),
					goal.relativePercent(), goal.baseline(), goal.baselineFrom(), goal.baselineTo(), Timestamp.from(at))
			.update();
		replaceOwners(goal.id(), goal.owners());
	}

	/**
	 * Renames a goal and names its owners again, if nobody changed it since
	 * {@code version}.
	 */
	public boolean update(GoalId id, String name, List<UserId> owners, long version) {
		int changed = this.jdbc
			.sql("UPDATE goals_goal SET name = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(name, id.value(), version)
			.update();
		if (changed == 1) {
			replaceOwners(id, owners);
		}
		return changed == 1;
	}

	/** Sets a new target, if nobody changed the goal since {@code version}. */
	public boolean retarget(GoalId id, BigDecimal target, @Nullable BigDecimal relativePercent,
			@Nullable BigDecimal baseline, @Nullable LocalDate baselineFrom, @Nullable LocalDate baselineTo,
			long version) {
		return this.jdbc
			.sql("UPDATE goals_goal SET target = ?, relative_percent = ?, baseline = ?, baseline_from = ?, "
					+ "baseline_to = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(target, relativePercent, baseline, baselineFrom, baselineTo, id.value(), version)
			.update() == 1;
	}

	private void replaceOwners(GoalId id, List<UserId> owners) {
		this.jdbc.sql("DELETE FROM goals_goal_owner WHERE goal_id = ?").param(id.value()).update();
		for (UserId owner : owners.stream().distinct().toList()) {
			this.jdbc.sql("INSERT INTO goals_goal_owner (goal_id, user_id) VALUES (?, ?)")
				.params(id.value(), owner.value())
				.update();
		}
	}

	public void revise(GoalId id, GoalRevision revision) {
		this.jdbc
			.sql("INSERT INTO goals_goal_revision (id, goal_id, number, at, actor_name, target, relative_percent, "
					+ "baseline, note) VALUES (?, ?, (SELECT COALESCE(MAX(number), 0) + 1 FROM goals_goal_revision "
					+ "WHERE goal_id = ?), ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id.value(), id.value(), Timestamp.from(revision.at()), revision.actor(),
					revision.target(), revision.relativePercent(), revision.baseline(), revision.note())
			.update();
	}

	public List<GoalRevision> revisions(GoalId id) {
		return this.jdbc.sql("SELECT * FROM goals_goal_revision WHERE goal_id = ? ORDER BY number DESC")
			.param(id.value())
			.query((rs, row) -> new GoalRevision(JourneyStore.instant(rs, "at"), rs.getString("actor_name"),
					rs.getBigDecimal("target"), rs.getBigDecimal("relative_percent"), rs.getBigDecimal("baseline"),
					rs.getString("note")))
			.list();
	}

	public Optional<Row> find(GoalId id) {
		return rows("WHERE g.id = ?", List.of(id.value())).stream().findFirst();
	}

	/** Every goal, the latest periods first. */
	public List<Row> all() {
		return rows("", List.of());
	}

	private List<Row> rows(String where, List<Object> params) {
		Map<UUID, List<UserId>> owners = new HashMap<>();
		this.jdbc
			.sql("SELECT o.goal_id, o.user_id FROM goals_goal_owner o JOIN goals_goal g ON g.id = o.goal_id " + where)
			.params(params)
			.query((rs, row) -> owners.computeIfAbsent(rs.getObject("goal_id", UUID.class), key -> new ArrayList<>())
				.add(new UserId(rs.getObject("user_id", UUID.class))))
			.list();
		return this.jdbc.sql("SELECT g.* FROM goals_goal g " + where + " ORDER BY g.ends_on DESC, g.name, g.id")
			.params(params)
			.query((rs, row) -> row(rs, owners.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	private static Row row(ResultSet rs, List<UserId> owners) throws SQLException {
		UUID team = rs.getObject("team_id", UUID.class);
		UUID rep = rs.getObject("rep_id", UUID.class);
		String currency = rs.getString("currency");
		return new Row(new GoalId(rs.getObject("id", UUID.class)), rs.getString("name"),
				Kpi.valueOf(rs.getString("kpi")), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), team == null ? null : new TeamId(team),
				rep == null ? null : new UserId(rep), rs.getString("channel"), rs.getString("campaign"),
				rs.getString("segment"), currency == null ? null : Currency.getInstance(currency),
				rs.getBigDecimal("target"), rs.getBigDecimal("relative_percent"), rs.getBigDecimal("baseline"),
				rs.getObject("baseline_from", LocalDate.class), rs.getObject("baseline_to", LocalDate.class),
				owners.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList(), rs.getLong("version"));
	}

}
