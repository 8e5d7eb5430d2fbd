package org.tandem.campaigns.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.campaigns.CampaignChannel;
import org.tandem.campaigns.CampaignId;
import org.tandem.campaigns.CampaignProposal;
import org.tandem.campaigns.ProposalDraft;
import org.tandem.campaigns.ProposalStatus;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserId;

/**
 * Campaign proposals from sales, as rows.
 */
@Component
public class ProposalStore {

	private final JdbcClient jdbc;

	ProposalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, ProposalDraft draft, CurrentUser by, Instant at) {
		this.jdbc
			.sql("INSERT INTO campaigns_proposal (id, proposed_by, proposed_by_name, name, channel, target_segment, "
					+ "rationale, starts_on, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")
			.params(id, by.id().value(), by.displayName(), draft.name().strip(), draft.channel().name(),
					draft.targetSegment().strip(), draft.rationale().strip(), draft.startsOn(), Timestamp.from(at))
			.update();
	}

	public Optional<CampaignProposal> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM campaigns_proposal WHERE id = ?")
			.param(id)
			.query(ProposalStore::map)
			.optional();
	}

	/** Every proposal, the open ones first, then the newest. */
	public List<CampaignProposal> all() {
		return this.jdbc
			.sql("SELECT * FROM campaigns_proposal ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, "
					+ "created_at DESC")
			.query(ProposalStore::map)
			.list();
	}

	/** Records marketing's answer to an open proposal; false when it was answered. */
	public boolean decide(UUID id, ProposalStatus status, String by, @Nullable String note,
			@Nullable CampaignId campaign, Instant at) {
		return this.jdbc
			.sql("UPDATE campaigns_proposal SET status = ?, decided_by_name = ?, decision_note = ?, campaign_id = ?, "
					+ "decided_at = ? WHERE id = ? AND status = 'OPEN'")
			.params(status.name(), by, note, campaign == null ? null : campaign.value(), Timestamp.from(at), id)
			.update() == 1;
	}

	private static CampaignProposal map(ResultSet rs, int row) throws SQLException {
		UUID campaign = rs.getObject("campaign_id", UUID.class);
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		return new CampaignProposal(rs.getObject("id", UUID.class), new UserId(rs.getObject("proposed_by", UUID.class)),
				rs.getString("proposed_by_name"), rs.getString("name"),
				CampaignChannel.valueOf(rs.getString("channel")), rs.getString("target_segment"),
				rs.getString("rationale"), rs.getObject("starts_on", LocalDate.class),
				ProposalStatus.valueOf(rs.getString("status")), rs.getString("decided_by_name"),
				decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
				campaign == null ? null : new CampaignId(campaign),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
