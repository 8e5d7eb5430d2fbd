package org.tandem.crm.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
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

	/** Gives many contacts their owners (or none) in one batch. */
	public void changeOwners(Map<UUID, @Nullable UUID> owners, Instant at) {
		Timestamp now = Timestamp.from(at);
		this.template.batchUpdate(
				"UPDATE crm_contact SET owner_id = ?, updated_at = ?, version = version + 1 WHERE id = ?",
				owners.entrySet()
					.stream()
					.map(entry -> new Object[] { entry.getValue(), now, entry.getKey() })
					.toList());
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
