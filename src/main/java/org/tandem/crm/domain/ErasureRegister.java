package org.tandem.crm.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.platform.InLists;

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

	/** Which of these normalised emails belong to erased people. */
	public Set<String> erasedAmong(Collection<String> normalisedEmails) {
		Map<String, String> byHash = new HashMap<>();
		normalisedEmails.forEach(email -> byHash.put(ContactNormaliser.emailHash(email), email));
		Set<String> erased = new HashSet<>();
		InLists
			.select(this.jdbc, "SELECT email_hash FROM crm_erasure_tombstone WHERE email_hash IN (:values)",
					byHash.keySet(), (rs, row) -> rs.getString(1))
			.forEach(hash -> erased.add(byHash.get(hash)));
		return erased;
	}

	public void remember(String normalisedEmail, Instant at) {
		this.jdbc.sql("INSERT INTO crm_erasure_tombstone (email_hash, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(ContactNormaliser.emailHash(normalisedEmail), java.sql.Timestamp.from(at))
			.update();
	}

}
