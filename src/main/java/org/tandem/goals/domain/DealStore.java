package org.tandem.goals.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.DealFacts;
import org.tandem.platform.InLists;

/**
 * The goals module's copy of the deals, replaced whole whenever the CRM says one changed.
 */
@Component
public class DealStore {

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	DealStore(JdbcTemplate template, JdbcClient jdbc) {
		this.template = template;
		this.jdbc = jdbc;
	}

	/**
	 * Forgets these deals, then writes the ones still present as they are now; the daily
	 * won totals move by the difference.
	 */
	public void replace(Collection<UUID> deals, List<DealFacts> present, ZoneId zone) {
		Map<List<Object>, BigDecimal[]> moves = new HashMap<>();
		InLists.select(this.jdbc,
				"SELECT closed_at, currency, amount, probability FROM goals_deal WHERE outcome = 'WON' "
						+ "AND deal_id IN (:values)",
				deals, (rs, row) -> {
					won(moves, JourneyStore.instant(rs, "closed_at"), rs.getString("currency"),
							rs.getBigDecimal("amount"), rs.getInt("probability"), zone, -1);
					return row;
				});
		for (DealFacts deal : present) {
			if ("WON".equals(deal.outcome())) {
				won(moves, deal.closedAt(), deal.value().currency().getCurrencyCode(), deal.value().amount(),
						deal.probability(), zone, 1);
			}
		}
		this.template.batchUpdate("DELETE FROM goals_deal WHERE deal_id = ?",
				deals.stream().map(deal -> new Object[] { deal }).toList());
		insert(present);
		List<Object[]> rows = new ArrayList<>();
		moves.forEach((key, move) -> rows.add(new Object[] { key.get(0), key.get(1), move[0], move[1], move[2] }));
		this.template.batchUpdate("MERGE INTO goals_deal_day t USING (VALUES (CAST(? AS DATE), CAST(? AS VARCHAR(3)), "
				+ "CAST(? AS BIGINT), CAST(? AS NUMERIC(21, 2)), CAST(? AS NUMERIC(26, 4)))) AS d (on_day, currency, "
				+ "deals, amount, weighted) ON t.on_day = d.on_day AND t.currency = d.currency WHEN MATCHED THEN "
				+ "UPDATE SET deals = t.deals + d.deals, amount = t.amount + d.amount, weighted = t.weighted + d.weighted "
				+ "WHEN NOT MATCHED THEN INSERT (on_day, currency, deals, amount, weighted) "
				+ "VALUES (d.on_day, d.currency, d.deals, d.amount, d.weighted)", rows);
	}

	/** Adds a won deal to (or, with {@code sign} -1, takes it from) its day's totals. */
	private static void won(Map<List<Object>, BigDecimal[]> moves, @Nullable Instant closedAt, String currency,
			BigDecimal amount, int probability, ZoneId zone, int sign) {
		if (closedAt == null) {
			return;
		}
		BigDecimal[] move = moves.computeIfAbsent(List.of(LocalDate.ofInstant(closedAt, zone), currency),
				key -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
		BigDecimal signed = BigDecimal.valueOf(sign);
		move[0] = move[0].add(signed);
		move[1] = move[1].add(amount.multiply(signed));
		move[2] = move[2].add(amount.multiply(BigDecimal.valueOf((long) probability * sign)).movePointLeft(2));
	}

	/**
	 * Counts the daily won totals again from the copy of the deals, each day taken in
	 * {@code zone}.
	 */
	public void recountDays(ZoneId zone) {
		String id = zone.getId();
		if (!id.matches("[A-Za-z0-9_/+\\-]+")) {
			throw new IllegalArgumentException("not a zone id: " + id);
		}
		this.template.update("DELETE FROM goals_deal_day");
		String day = "CAST(closed_at AT TIME ZONE '" + id + "' AS DATE)";
		this.template.update("INSERT INTO goals_deal_day (on_day, currency, deals, amount, weighted) SELECT " + day
				+ ", currency, COUNT(*), SUM(amount), SUM(amount * probability) / 100 FROM goals_deal "
				+ "WHERE outcome = 'WON' AND closed_at IS NOT NULL GROUP BY " + day + ", currency");
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

	/** Notes deals to copy again at the next update. */
	public void markChanged(Collection<UUID> deals, Instant at) {
		this.template.batchUpdate("INSERT INTO goals_deal_dirty (id, deal_id, created_at) VALUES (?, ?, ?)",
				deals.stream().map(deal -> new Object[] { UUID.randomUUID(), deal, Timestamp.from(at) }).toList());
	}

	/** Deals noted as changed, the oldest notes first: each note's id and its deal. */
	public Map<UUID, UUID> changed(int limit) {
		Map<UUID, UUID> notes = new java.util.LinkedHashMap<>();
		this.jdbc.sql("SELECT id, deal_id FROM goals_deal_dirty ORDER BY created_at, id LIMIT ?")
			.param(limit)
			.query((rs, row) -> notes.put(rs.getObject("id", UUID.class), rs.getObject("deal_id", UUID.class)))
			.list();
		return notes;
	}

	/** Forgets notes once their deals are copied. */
	public void copied(Collection<UUID> notes) {
		this.template.batchUpdate("DELETE FROM goals_deal_dirty WHERE id = ?",
				notes.stream().map(note -> new Object[] { note }).toList());
	}

	public void clear() {
		this.template.update("DELETE FROM goals_deal_day");
		this.template.update("DELETE FROM goals_deal");
	}

}
