package org.tandem.intake.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.platform.InLists;

/**
 * The natural keys of submissions: a source and its own id for a lead name one contact.
 */
@Component
public class SubmissionLog {

	private static final String INSERT = "INSERT INTO intake_submission (source, external_id, contact_id, created_at) "
			+ "VALUES (?, ?, ?, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SubmissionLog(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A source and its own id for a lead. */
	public record Key(String source, String externalId) {
	}

	/** The contacts these keys already name. */
	public Map<Key, ContactId> findAll(Collection<Key> keys) {
		Map<Key, ContactId> found = new HashMap<>();
		for (List<Key> chunk : InLists.chunks(keys)) {
			List<Object> params = new ArrayList<>();
			chunk.forEach(key -> {
				params.add(key.source());
				params.add(key.externalId());
			});
			this.jdbc
				.sql("SELECT source, external_id, contact_id FROM intake_submission WHERE (source, external_id) IN ("
						+ String.join(",", Collections.nCopies(chunk.size(), "(?, ?)")) + ")")
				.params(params)
				.query((rs, row) -> found.put(new Key(rs.getString(1), rs.getString(2)),
						new ContactId(rs.getObject(3, UUID.class))))
				.list();
		}
		return found;
	}

	/** Remembers the keys of many new submissions in one batch. */
	public void recordAll(Map<Key, ContactId> keys) {
		this.template.batchUpdate(INSERT,
				keys.entrySet()
					.stream()
					.map(entry -> new Object[] { entry.getKey().source(), entry.getKey().externalId(),
							entry.getValue().value() })
					.toList());
	}

}
