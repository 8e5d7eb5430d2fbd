package org.tandem.crm.domain;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers erased people by a hash of their email so that no form or import re-creates
 * them.
 */
@Component
public class ErasureRegister {

	private final JdbcClient jdbc;

	ErasureRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isErased(String normalisedEmail) {
		return this.jdbc.sql("SELECT COUNT(*) FROM crm_erasure_tombstone WHERE email_hash = ?")
			.param(ContactNormaliser.emailHash(normalisedEmail))
			.query(Long.class)
			.single() > 0;
	}

	public void remember(String normalisedEmail, Instant at) {
		this.jdbc.sql("INSERT INTO crm_erasure_tombstone (email_hash, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(ContactNormaliser.emailHash(normalisedEmail), java.sql.Timestamp.from(at))
			.update();
	}

}
