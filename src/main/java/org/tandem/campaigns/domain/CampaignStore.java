package org.tandem.campaigns.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.campaigns.Approval;
import org.tandem.campaigns.BriefStatus;
import org.tandem.campaigns.CampaignBrief;
import org.tandem.campaigns.CampaignChannel;
import org.tandem.campaigns.CampaignComment;
import org.tandem.campaigns.CampaignDraft;
import org.tandem.campaigns.CampaignId;
import org.tandem.campaigns.CostLine;
import org.tandem.campaigns.Touch;
import org.tandem.campaigns.TouchKind;
import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;
import org.tandem.platform.InLists;

/**
 * Campaigns, their cost lines and their touches, as rows.
 */
@Component
public class CampaignStore {

	private final JdbcClient jdbc;

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A campaign's row, before its spending is added. */
	public record Row(CampaignId id, String name, CampaignChannel channel, LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable BigDecimal budget, String currency, @Nullable UserId owner,
			@Nullable String goal, @Nullable Instant launchedAt, @Nullable String launchedBy, long version) {
	}

	/** The key that makes two names the same campaign: trimmed and lower-cased. */
	public static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	public boolean nameTaken(String name, @Nullable CampaignId except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM campaigns_campaign WHERE name_key = ? AND id <> ?")
			.params(key(name), except == null ? new UUID(0, 0) : except.value())
			.query(Long.class)
			.single() > 0;
	}

	public void insert(CampaignId id, CampaignDraft draft, Instant now) {
		this.jdbc
			.sql("INSERT INTO campaigns_campaign (id, name, name_key, channel, starts_on, ends_on, budget_amount, "
					+ "currency, owner_id, goal, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id.value(), draft.name().strip(), key(draft.name()), draft.channel().name(), draft.startsOn(),
					draft.endsOn(), draft.budget(), draft.currency().toUpperCase(Locale.ROOT),
					draft.owner() == null ? null : draft.owner().value(), blankToNull(draft.goal()),
					Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	/** Changes the campaign if it is still at the version seen; false when it is not. */
	public boolean update(CampaignId id, CampaignDraft draft, long seen, Instant now) {
		return this.jdbc
			.sql("UPDATE campaigns_campaign SET name = ?, name_key = ?, channel = ?, starts_on = ?, "
					+ "ends_on = ?, budget_amount = ?, currency = ?, owner_id = ?, goal = ?, updated_at = ?, "
					+ "version = version + 1 WHERE id = ? AND version = ?")
			.params(draft.name().strip(), key(draft.name()), draft.channel().name(), draft.startsOn(), draft.endsOn(),
					draft.budget(), draft.currency().toUpperCase(Locale.ROOT),
					draft.owner() == null ? null : draft.owner().value(), blankToNull(draft.goal()),
					Timestamp.from(now), id.value(), seen)
			.update() == 1;
	}

	public Optional<Row> find(CampaignId id) {
		return this.jdbc.sql("SELECT * FROM campaigns_campaign WHERE id = ?")
			.param(id.value())
			.query(CampaignStore::row)
			.optional();
	}

	/** Every campaign, the latest start first. */
	public List<Row> all() {
		return this.jdbc.sql("SELECT * FROM campaigns_campaign ORDER BY starts_on DESC, name_key")
			.query(CampaignStore::row)
			.list();
	}

	/** What each of these campaigns has spent, for those with any cost. */
	public Map<CampaignId, BigDecimal> spent(Collection<CampaignId> campaigns) {
		Map<CampaignId, BigDecimal> spent = new HashMap<>();
		InLists.select(this.jdbc,
				"SELECT campaign_id, SUM(amount) AS spent FROM campaigns_cost WHERE campaign_id IN (:values) "
						+ "GROUP BY campaign_id",
				campaigns.stream().map(CampaignId::value).toList(), (rs, row) -> spent
					.put(new CampaignId(rs.getObject("campaign_id", UUID.class)), rs.getBigDecimal("spent")));
		return spent;
	}

	public CostLine addCost(CampaignId campaign, CostLine line, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO campaigns_cost (id, campaign_id, spent_on, amount, description, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, campaign.value(), line.spentOn(), line.amount(), blankToNull(line.description()),
					Timestamp.from(now))
			.update();
		return new CostLine(id, line.spentOn(), line.amount(), blankToNull(line.description()));
	}

	/** A campaign's cost lines, oldest first. */
	public List<CostLine> costs(CampaignId campaign) {
		return this.jdbc
			.sql("SELECT id, spent_on, amount, description FROM campaigns_cost WHERE campaign_id = ? "
					+ "ORDER BY spent_on, created_at")
			.param(campaign.value())
			.query((rs, row) -> new CostLine(rs.getObject("id", UUID.class), rs.getObject("spent_on", LocalDate.class),
					rs.getBigDecimal("amount"), rs.getString("description")))
			.list();
	}

	/** Writes the brief; it waits for the sales head again. */
	public void saveBrief(CampaignId campaign, CampaignBrief brief) {
		this.jdbc
			.sql("UPDATE campaigns_campaign SET target_segment = ?, offer = ?, expected_leads = ?, "
					+ "talking_points = ?, approval = 'AWAITING', decided_by = NULL, decided_at = NULL WHERE id = ?")
			.params(brief.targetSegment().strip(), brief.offer().strip(), brief.expectedLeads(),
					blankToNull(brief.talkingPoints()), campaign.value())
			.update();
	}

	public BriefStatus brief(CampaignId campaign) {
		return this.jdbc
			.sql("SELECT target_segment, offer, expected_leads, talking_points, approval, decided_by, "
					+ "decided_at FROM campaigns_campaign WHERE id = ?")
			.param(campaign.value())
			.query((rs, row) -> {
				String segment = rs.getString("target_segment");
				Object leads = rs.getObject("expected_leads");
				OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
				return new BriefStatus(
						segment == null ? null : new CampaignBrief(segment, rs.getString("offer"),
								leads == null ? null : ((Number) leads).intValue(), rs.getString("talking_points")),
						Approval.valueOf(rs.getString("approval")), rs.getString("decided_by"),
						decided == null ? null : decided.toInstant());
			})
			.single();
	}

	public void decide(CampaignId campaign, Approval decision, String by, Instant at) {
		this.jdbc.sql("UPDATE campaigns_campaign SET approval = ?, decided_by = ?, decided_at = ? WHERE id = ?")
			.params(decision.name(), by, Timestamp.from(at), campaign.value())
			.update();
	}

	public CampaignComment addComment(CampaignId campaign, @Nullable UserId author, String authorName, String body,
			Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO campaigns_comment (id, campaign_id, author_id, author_name, body, at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, campaign.value(), author == null ? null : author.value(), authorName, body.strip(),
					Timestamp.from(at))
			.update();
		return new CampaignComment(id, authorName, body.strip(), at);
	}

	/** A campaign's comments, oldest first. */
	public List<CampaignComment> comments(CampaignId campaign) {
		return this.jdbc
			.sql("SELECT id, author_name, body, at FROM campaigns_comment WHERE campaign_id = ? ORDER BY at")
			.param(campaign.value())
			.query((rs, row) -> new CampaignComment(rs.getObject("id", UUID.class), rs.getString("author_name"),
					rs.getString("body"), rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public void addTouch(Touch touch) {
		this.jdbc.sql("INSERT INTO campaigns_touch (id, campaign_id, contact_id, kind, at) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), touch.campaign().value(), touch.contact().value(), touch.kind().name(),
					Timestamp.from(touch.at()))
			.update();
	}

	/** The touches of these people, oldest first. */
	public List<Touch> touchesOf(Collection<ContactId> contacts) {
		return InLists.select(this.jdbc,
				"SELECT campaign_id, contact_id, kind, at FROM campaigns_touch WHERE contact_id IN (:values) "
						+ "ORDER BY at",
				contacts.stream().map(ContactId::value).toList(),
				(rs, row) -> new Touch(new CampaignId(rs.getObject("campaign_id", UUID.class)),
						new ContactId(rs.getObject("contact_id", UUID.class)), TouchKind.valueOf(rs.getString("kind")),
						rs.getObject("at", OffsetDateTime.class).toInstant()));
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		UUID owner = rs.getObject("owner_id", UUID.class);
		return new Row(new CampaignId(rs.getObject("id", UUID.class)), rs.getString("name"),
				CampaignChannel.valueOf(rs.getString("channel")), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getBigDecimal("budget_amount"), rs.getString("currency"),
				owner == null ? null : new UserId(owner), rs.getString("goal"),
				Optional.ofNullable(rs.getObject("launched_at", OffsetDateTime.class))
					.map(OffsetDateTime::toInstant)
					.orElse(null),
				rs.getString("launched_by"), rs.getLong("version"));
	}

	/** Marks the campaign launched; false when it already was. */
	public boolean launch(CampaignId id, String by, Instant at) {
		return this.jdbc
			.sql("UPDATE campaigns_campaign SET launched_at = ?, launched_by = ?, version = version + 1 "
					+ "WHERE id = ? AND launched_at IS NULL")
			.params(Timestamp.from(at), by, id.value())
			.update() == 1;
	}

	/**
	 * Launched campaigns whose last day was before {@code today} and whose results were
	 * not told.
	 */
	public List<CampaignId> endedUntold(LocalDate today) {
		return this.jdbc
			.sql("SELECT id FROM campaigns_campaign WHERE launched_at IS NOT NULL AND ends_on < ? "
					+ "AND results_told_at IS NULL")
			.param(today)
			.query((rs, row) -> new CampaignId(rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * Marks a campaign's results told; false when they already were (by another
	 * instance).
	 */
	public boolean resultsTold(CampaignId id, Instant at) {
		return this.jdbc
			.sql("UPDATE campaigns_campaign SET results_told_at = ? WHERE id = ? AND results_told_at IS NULL")
			.params(Timestamp.from(at), id.value())
			.update() == 1;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
