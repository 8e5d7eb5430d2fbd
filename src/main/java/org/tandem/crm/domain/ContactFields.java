package org.tandem.crm.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.platform.InLists;

/**
 * The owner and funnel stage of a contact, read and changed without loading the whole
 * record: routing and the funnel change them for every lead, many per transaction. Each
 * change counts as a new version of the record, so a stale edit still fails.
 */
@Component
public class ContactFields {

	/** Pads a list of contacts: no contact has it. */
	private static final UUID NO_CONTACT = new UUID(0, 0);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ContactFields(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The current owner and stage of each of these contacts that exists. */
	public Map<UUID, OwnerAndStage> readAll(Collection<UUID> contacts) {
		Map<UUID, OwnerAndStage> found = new HashMap<>();
		InLists.select(this.jdbc, "SELECT id, owner_id, lifecycle_stage FROM crm_contact WHERE id IN (:values)",
				contacts, (rs, row) -> found.put(rs.getObject("id", UUID.class),
						new OwnerAndStage(rs.getObject("owner_id", UUID.class), rs.getString("lifecycle_stage"))));
		return found;
	}

	/**
	 * Gives many contacts their owners (or none) in one statement per chunk. The list of
	 * pairs is lengthened to the next power of two with pairs that match no contact, so
	 * that the statement has a few texts rather than one per length.
	 */
	public void changeOwners(Map<UUID, @Nullable UUID> owners, Instant at) {
		for (List<UUID> chunk : InLists.chunks(owners.keySet())) {
			int length = InLists.paddedLength(chunk.size());
			List<Object> params = new ArrayList<>();
			for (int i = 0; i < length; i++) {
				UUID contact = i < chunk.size() ? chunk.get(i) : NO_CONTACT;
				UUID owner = i < chunk.size() ? owners.get(contact) : null;
				params.add(contact.toString());
				params.add(owner == null ? null : owner.toString());
			}
			params.add(Timestamp.from(at));
			this.template.update("MERGE INTO crm_contact c USING (VALUES "
					+ String.join(", ", Collections.nCopies(length, "(CAST(? AS UUID), CAST(? AS UUID))"))
					+ ") AS o (id, owner_id) ON c.id = o.id "
					+ "WHEN MATCHED THEN UPDATE SET owner_id = o.owner_id, updated_at = ?, version = c.version + 1",
					params.toArray());
		}
	}

	/** Moves many contacts to one stage in one statement. */
	public void changeStages(Collection<UUID> contacts, String stage, Instant at) {
		for (List<UUID> chunk : InLists.chunks(contacts)) {
			this.jdbc
				.sql("UPDATE crm_contact SET lifecycle_stage = :stage, updated_at = :at, version = version + 1 "
						+ "WHERE id IN (:values)")
				.param("stage", stage)
				.param("at", Timestamp.from(at))
				.param("values", InLists.padded(chunk))
				.update();
		}
	}

	/** What {@link #readAll} finds for one contact. */
	public record OwnerAndStage(@Nullable UUID owner, String stage) {
	}

}
