package org.tandem.crm.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The owner and funnel stage of a contact, read and changed without loading the whole
 * record: routing and the funnel change them for every lead, many per transaction. Each
 * change counts as a new version of the record, so a stale edit still fails.
 */
@Component
public class ContactFields {

	private final JdbcClient jdbc;

	ContactFields(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The contact's current owner and stage, if the contact exists. */
	public Optional<OwnerAndStage> read(UUID contact) {
		return this.jdbc.sql("SELECT owner_id, lifecycle_stage FROM crm_contact WHERE id = ?")
			.param(contact)
			.query((rs, row) -> new OwnerAndStage(rs.getObject("owner_id", UUID.class),
					rs.getString("lifecycle_stage")))
			.optional();
	}

	public void changeOwner(UUID contact, @Nullable UUID owner, Instant at) {
		this.jdbc.sql("UPDATE crm_contact SET owner_id = ?, updated_at = ?, version = version + 1 WHERE id = ?")
			.params(owner, Timestamp.from(at), contact)
			.update();
	}

	public void changeStage(UUID contact, String stage, Instant at) {
		this.jdbc.sql("UPDATE crm_contact SET lifecycle_stage = ?, updated_at = ?, version = version + 1 WHERE id = ?")
			.params(stage, Timestamp.from(at), contact)
			.update();
	}

	/** What {@link #read} finds. */
	public record OwnerAndStage(@Nullable UUID owner, String stage) {
	}

}
