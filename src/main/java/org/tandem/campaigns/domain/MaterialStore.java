package org.tandem.campaigns.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.campaigns.CampaignId;
import org.tandem.campaigns.Material;
import org.tandem.campaigns.MaterialDraft;
import org.tandem.campaigns.MaterialKind;
import org.tandem.campaigns.MaterialSend;
import org.tandem.crm.ContactId;
import org.tandem.crm.SizeBand;
import org.tandem.funnel.LifecycleStage;
import org.tandem.platform.InLists;

/**
 * The library of marketing materials and the record of what reps sent to whom.
 */
@Component
public class MaterialStore {

	private static final String SELECT = "SELECT m.*, c.name AS campaign_name FROM campaigns_material m "
			+ "LEFT JOIN campaigns_campaign c ON c.id = m.campaign_id";

	private final JdbcClient jdbc;

	MaterialStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, MaterialDraft draft, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO campaigns_material (id, title, kind, description, link, body, campaign_id, segment, "
					+ "stage, created_by_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, draft.title().strip(), draft.kind().name(), blankToNull(draft.description()),
					blankToNull(draft.link()), blankToNull(draft.body()),
					draft.campaign() == null ? null : draft.campaign().value(),
					draft.segment() == null ? null : draft.segment().name(),
					draft.stage() == null ? null : draft.stage().name(), by, Timestamp.from(at), Timestamp.from(at))
			.update();
	}

	/** Changes the material if it is still at the version seen; false when it is not. */
	public boolean update(UUID id, MaterialDraft draft, long seen, Instant at) {
		return this.jdbc
			.sql("UPDATE campaigns_material SET title = ?, kind = ?, description = ?, link = ?, body = ?, "
					+ "campaign_id = ?, segment = ?, stage = ?, updated_at = ?, version = version + 1 "
					+ "WHERE id = ? AND version = ?")
			.params(draft.title().strip(), draft.kind().name(), blankToNull(draft.description()),
					blankToNull(draft.link()), blankToNull(draft.body()),
					draft.campaign() == null ? null : draft.campaign().value(),
					draft.segment() == null ? null : draft.segment().name(),
					draft.stage() == null ? null : draft.stage().name(), Timestamp.from(at), id, seen)
			.update() == 1;
	}

	public void archive(UUID id, boolean archived, Instant at) {
		this.jdbc.sql("UPDATE campaigns_material SET archived = ?, updated_at = ?, version = version + 1 WHERE id = ?")
			.params(archived, Timestamp.from(at), id)
			.update();
	}

	public Optional<Material> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(MaterialStore::map).optional();
	}

	/** The materials, the most recently changed first. */
	public List<Material> all(boolean withArchived) {
		return this.jdbc.sql(SELECT + (withArchived ? "" : " WHERE m.archived = FALSE") + " ORDER BY m.updated_at DESC")
			.query(MaterialStore::map)
			.list();
	}

	public void recordSend(MaterialSend send, UUID by) {
		this.jdbc
			.sql("INSERT INTO campaigns_material_send (id, material_id, contact_id, sent_by, sent_by_name, sent_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), send.material(), send.contact().value(), by, send.sentBy(),
					Timestamp.from(send.sentAt()))
			.update();
	}

	/** Every send, oldest first. */
	public List<MaterialSend> sends() {
		return this.jdbc.sql("SELECT * FROM campaigns_material_send ORDER BY sent_at")
			.query(MaterialStore::send)
			.list();
	}

	/** How many times each material was sent. */
	public Map<UUID, Long> sendCounts() {
		Map<UUID, Long> counts = new HashMap<>();
		this.jdbc.sql("SELECT material_id, COUNT(*) AS n FROM campaigns_material_send GROUP BY material_id")
			.query((rs, row) -> counts.put(rs.getObject("material_id", UUID.class), rs.getLong("n")))
			.list();
		return counts;
	}

	/** The sends of one material, newest first. */
	public List<MaterialSend> sendsOf(UUID material, int limit) {
		return this.jdbc
			.sql("SELECT * FROM campaigns_material_send WHERE material_id = ? ORDER BY sent_at DESC LIMIT ?")
			.params(material, limit)
			.query(MaterialStore::send)
			.list();
	}

	/** What these people were sent, oldest first. */
	public List<MaterialSend> sendsTo(Collection<ContactId> contacts) {
		return InLists.select(this.jdbc,
				"SELECT * FROM campaigns_material_send WHERE contact_id IN (:values) " + "ORDER BY sent_at",
				contacts.stream().map(ContactId::value).toList(), MaterialStore::send);
	}

	/** Sends to a person who is gone move to the record that absorbed them. */
	public void repoint(ContactId from, ContactId to) {
		this.jdbc.sql("UPDATE campaigns_material_send SET contact_id = ? WHERE contact_id = ?")
			.params(to.value(), from.value())
			.update();
	}

	/** A person erased keeps no trace of what they were sent. */
	public void forget(ContactId contact) {
		this.jdbc.sql("DELETE FROM campaigns_material_send WHERE contact_id = ?").param(contact.value()).update();
	}

	private static MaterialSend send(ResultSet rs, int row) throws SQLException {
		return new MaterialSend(rs.getObject("material_id", UUID.class),
				new ContactId(rs.getObject("contact_id", UUID.class)), rs.getString("sent_by_name"),
				rs.getObject("sent_at", OffsetDateTime.class).toInstant());
	}

	private static Material map(ResultSet rs, int row) throws SQLException {
		UUID campaign = rs.getObject("campaign_id", UUID.class);
		String segment = rs.getString("segment");
		String stage = rs.getString("stage");
		return new Material(rs.getObject("id", UUID.class), rs.getString("title"),
				MaterialKind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getString("link"),
				rs.getString("body"), campaign == null ? null : new CampaignId(campaign), rs.getString("campaign_name"),
				segment == null ? null : SizeBand.valueOf(segment),
				stage == null ? null : LifecycleStage.valueOf(stage), rs.getBoolean("archived"),
				rs.getString("created_by_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getLong("version"));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
