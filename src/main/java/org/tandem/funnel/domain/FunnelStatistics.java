package org.tandem.funnel.domain;

import java.sql.Timestamp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.funnel.FunnelChange;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.Milestones;
import org.tandem.identity.UserId;
import org.tandem.platform.InLists;

/**
 * Counts over the funnel's own tables for the home page and the rejections list.
 */
@Component
public class FunnelStatistics {

	private final JdbcClient jdbc;

	FunnelStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Everyone who ever entered one of these stages, with the stages they entered. */
	public Map<UUID, Set<LifecycleStage>> reached(Collection<LifecycleStage> stages) {
		Map<UUID, Set<LifecycleStage>> reached = new HashMap<>();
		InLists.select(this.jdbc,
				"SELECT DISTINCT contact_id, to_stage FROM funnel_transition WHERE to_stage IN (:values)",
				stages.stream().map(LifecycleStage::name).toList(),
				(rs, row) -> reached
					.computeIfAbsent(rs.getObject("contact_id", UUID.class),
							contact -> EnumSet.noneOf(LifecycleStage.class))
					.add(LifecycleStage.valueOf(rs.getString("to_stage"))));
		return reached;
	}

	/** The change feed after a position, oldest first. */
	public List<FunnelChange> changesAfter(long position, int limit) {
		return this.jdbc.sql("SELECT seq, contact_id FROM funnel_transition WHERE seq > ? ORDER BY seq LIMIT ?")
			.params(position, limit)
			.query(FunnelStatistics::change)
			.list();
	}

	/** The highest position of the change feed so far; 0 when it is empty. */
	public long lastPosition() {
		return this.jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM funnel_transition").query(Long.class).single();
	}

	/**
	 * Every lead with a history, in id order, after {@code after} (from the first when
	 * null).
	 */
	public List<UUID> leadsAfter(@Nullable UUID after, int limit) {
		return (after == null
				? this.jdbc.sql("SELECT DISTINCT contact_id FROM funnel_transition ORDER BY contact_id LIMIT ?")
					.param(limit)
				: this.jdbc
					.sql("SELECT DISTINCT contact_id FROM funnel_transition WHERE contact_id > ? ORDER BY contact_id "
							+ "LIMIT ?")
					.params(after, limit))
			.query(UUID.class)
			.list();
	}

	/** The entries of the change feed at these positions, those that exist. */
	public List<FunnelChange> changesAt(Collection<Long> positions) {
		return InLists.select(this.jdbc, "SELECT seq, contact_id FROM funnel_transition WHERE seq IN (:values)",
				positions, FunnelStatistics::change);
	}

	private static @Nullable UserId actor(@Nullable UUID id) {
		return id == null ? null : new UserId(id);
	}

	private static FunnelChange change(ResultSet rs, int row) throws SQLException {
		return new FunnelChange(rs.getLong("seq"), new ContactId(rs.getObject("contact_id", UUID.class)));
	}

	/**
	 * When each of these leads first reached each stage, from its whole history; a lead
	 * with no history has no entry.
	 */
	public Map<UUID, Milestones> milestones(Collection<UUID> contacts) {
		Map<UUID, MilestoneFolder> folders = new HashMap<>();
		InLists.select(this.jdbc, "SELECT contact_id, from_stage, to_stage, at, seq, actor_id FROM funnel_transition "
				+ "WHERE contact_id IN (:values)", contacts, (rs, row) -> {
					String from = rs.getString("from_stage");
					folders.computeIfAbsent(rs.getObject("contact_id", UUID.class), key -> new MilestoneFolder())
						.add(from == null ? null : LifecycleStage.valueOf(from),
								LifecycleStage.valueOf(rs.getString("to_stage")),
								rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getLong("seq"),
								actor(rs.getObject("actor_id", UUID.class)));
					return row;
				});
		Map<UUID, Milestones> milestones = new HashMap<>();
		folders.forEach((contact, folder) -> milestones.put(contact, folder.milestones()));
		return milestones;
	}

	public Map<LifecycleStage, Long> countsByStage() {
		Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
		LifecycleStage.BOARD.forEach(stage -> counts.put(stage, 0L));
		this.jdbc.sql("SELECT stage, COUNT(*) AS n FROM funnel_lifecycle GROUP BY stage")
			.query((rs, row) -> counts.put(LifecycleStage.valueOf(rs.getString("stage")), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * What became of the leads handed to sales since {@code since}: per lead, whether
	 * sales accepted or rejected it (and why) and whether it was won.
	 */
	public Map<UUID, Outcome> handOffOutcomes(Instant since) {
		Map<UUID, Outcome> outcomes = new java.util.HashMap<>();
		this.jdbc
			.sql("SELECT contact_id, from_stage, to_stage, reason_code FROM funnel_transition WHERE at >= ? "
					+ "AND to_stage IN ('MQL', 'SQL', 'RECYCLED', 'WON') ORDER BY at")
			.param(Timestamp.from(since))
			.query((rs, row) -> {
				UUID contact = rs.getObject("contact_id", UUID.class);
				String from = rs.getString("from_stage");
				String to = rs.getString("to_stage");
				Outcome outcome = outcomes.computeIfAbsent(contact, key -> new Outcome());
				outcome.handedOff |= "MQL".equals(to);
				outcome.accepted |= "MQL".equals(from) && "SQL".equals(to);
				if ("MQL".equals(from) && "RECYCLED".equals(to)) {
					outcome.rejected = true;
					outcome.reason = rs.getString("reason_code");
				}
				outcome.won |= "WON".equals(to);
				return outcome;
			})
			.list();
		outcomes.values().removeIf(outcome -> !outcome.handedOff);
		return outcomes;
	}

	/** One lead's hand-off outcome. */
	public static final class Outcome {

		public boolean handedOff;

		public boolean accepted;

		public boolean rejected;

		public boolean won;

		public @Nullable String reason;

	}

	public List<Rejection> recentRejections(int limit) {
		return this.jdbc
			.sql("SELECT contact_id, reason_code, note, actor_name, at FROM funnel_transition "
					+ "WHERE to_stage = 'RECYCLED' AND from_stage IN ('MQL','SQL') ORDER BY at DESC LIMIT ?")
			.param(limit)
			.query((rs, row) -> new Rejection(rs.getObject("contact_id", UUID.class), rs.getString("reason_code"),
					rs.getString("note"), rs.getString("actor_name"),
					rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public Map<String, Long> rejectionsByReason(Instant since) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		this.jdbc
			.sql("SELECT reason_code, COUNT(*) AS n FROM funnel_transition WHERE to_stage = 'RECYCLED' "
					+ "AND from_stage IN ('MQL','SQL') AND at >= ? GROUP BY reason_code ORDER BY n DESC")
			.param(Timestamp.from(since))
			.query((rs, row) -> counts.put(String.valueOf(rs.getString("reason_code")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** A lead that sales sent back to marketing. */
	public record Rejection(UUID contact, String reason, String note, String actor, Instant at) {
	}

}
