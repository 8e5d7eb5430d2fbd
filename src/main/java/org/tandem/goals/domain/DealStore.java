package org.tandem.goals.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tandem.crm.DealFacts;

/**
 * The goals module's copy of the deals, replaced whole whenever the CRM says one changed.
 */
@Component
public class DealStore {

	private final JdbcTemplate template;

	DealStore(JdbcTemplate template) {
		this.template = template;
	}

	/** Forgets these deals, then writes the ones still present as they are now. */
	public void replace(Collection<UUID> deals, List<DealFacts> present) {
		this.template.batchUpdate("DELETE FROM goals_deal WHERE deal_id = ?",
				deals.stream().map(deal -> new Object[] { deal }).toList());
		insert(present);
	}

	/** Writes deals not copied yet (after {@link #clear}). */
	public void insert(List<DealFacts> present) {
		List<Object[]> rows = new ArrayList<>();
		for (DealFacts deal : present) {
			rows.add(new Object[] { deal.id().value(), deal.contact() == null ? null : deal.contact().value(),
					deal.owner() == null ? null : deal.owner().value(), deal.value().amount(),
					deal.value().currency().getCurrencyCode(), deal.probability(), deal.outcome(),
					Timestamp.from(deal.createdAt()), deal.closedAt() == null ? null : Timestamp.from(deal.closedAt()),
					deal.expectedClose() });
		}
		this.template.batchUpdate(
				"INSERT INTO goals_deal (deal_id, contact_id, owner_id, amount, currency, probability, "
						+ "outcome, created_at, closed_at, expected_close) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
	}

	public void clear() {
		this.template.update("DELETE FROM goals_deal");
	}

}
