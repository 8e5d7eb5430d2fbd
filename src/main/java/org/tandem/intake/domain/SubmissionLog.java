package org.tandem.intake.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;

/**
 * The natural keys of submissions: a source and its own id for a lead name one contact.
 */
@Component
public class SubmissionLog {

	private final JdbcClient jdbc;

	SubmissionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ContactId> find(String source, String externalId) {
		return this.jdbc.sql("SELECT contact_id FROM intake_submission WHERE source = ? AND external_id = ?")
			.params(source, externalId)
			.query(UUID.class)
			.optional()
			.map(ContactId::new);
	}

	public void record(String source, String externalId, ContactId contact) {
		this.jdbc.sql(
				"INSERT INTO intake_submission (source, external_id, contact_id, created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP) "
						+ "ON CONFLICT DO NOTHING")
			.params(source, externalId, contact.value())
			.update();
	}

}
