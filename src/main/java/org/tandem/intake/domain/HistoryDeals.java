package org.tandem.intake.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.DealId;

/**
 * The deals history files brought in, by the other system's id: a later file with the
 * same id updates the deal instead of adding it again.
 */
@Component
public class HistoryDeals {

	private final JdbcClient jdbc;

	HistoryDeals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DealId> find(String externalId) {
		return this.jdbc.sql("SELECT deal_id FROM intake_history_deal WHERE external_id = ?")
			.param(externalId)
			.query(UUID.class)
			.optional()
			.map(DealId::new);
	}

	public void record(String externalId, DealId deal, Instant at) {
		this.jdbc.sql("INSERT INTO intake_history_deal (external_id, deal_id, created_at) VALUES (?, ?, ?)")
			.params(externalId, deal.value(), Timestamp.from(at))
			.update();
	}

}
