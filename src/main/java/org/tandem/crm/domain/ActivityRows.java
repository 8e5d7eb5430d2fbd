package org.tandem.crm.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tandem.platform.WriteBehind;

/**
 * The activities a transaction records, written together just before it commits. Code
 * that reads or changes activities in the same transaction flushes first.
 */
@Component
public class ActivityRows {

	private final WriteBehind rows;

	ActivityRows(JdbcTemplate jdbc) {
		this.rows = new WriteBehind(jdbc, "INSERT INTO crm_activity (id, type, occurred_at, contact_id, account_id, "
				+ "deal_id, actor_id, actor_name, subject, body, subject_phrase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	}

	public void add(Object... row) {
		this.rows.add(row);
	}

	public void flush() {
		this.rows.flush();
	}

}
