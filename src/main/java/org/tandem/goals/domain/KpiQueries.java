package org.tandem.goals.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.goals.Slice;
import org.tandem.platform.InLists;

/**
 * Reads the numbers: counts of a measure from the kept counters when the question cuts by
 * at most one slice, or from the leads themselves when it cuts by more; durations between
 * milestones; and deals.
 */
@Component
public class KpiQueries {

	private final JdbcClient jdbc;

	KpiQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A question: whole days from {@code from} to {@code to} in {@code zone}, and for
	 * each slice cut by, the values to keep (a lead matches when it has one of them).
	 */
	public record Question(LocalDate from, LocalDate to, ZoneId zone, Map<Slice, List<String>> cuts) {

		public Instant start() {
			return this.from.atStartOfDay(this.zone).toInstant();
		}

		public Instant end() {
			return this.to.plusDays(1).atStartOfDay(this.zone).toInstant();
		}

		/** True when the counters can answer: at most one slice is cut. */
		boolean countable() {
			return this.cuts.size() <= 1;
		}

	}

	/** The measure per day of the question, from the counters when they can answer it. */
	public Map<LocalDate, Long> daily(Measure measure, Question question) {
		return question.countable() ? dailyFromCounters(measure, question) : dailyFromLeads(measure, question);
	}

	/** The measure per day, always counted from the leads themselves. */
	public Map<LocalDate, Long> dailyFromLeads(Measure measure, Question question) {
		List<Object> params = new ArrayList<>();
		String sql = "SELECT " + measure.column() + " AS at FROM goals_lead WHERE " + measure.column() + " >= ? AND "
				+ measure.column() + " < ?" + (measure.condition() == null ? "" : " AND " + measure.condition());
		params.add(Timestamp.from(question.start()));
		params.add(Timestamp.from(question.end()));
		sql += cutsWhere(question.cuts(), params, "");
		Map<LocalDate, Long> days = new TreeMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((rs,
					row) -> days.merge(LocalDate
						.ofInstant(rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), question.zone()), 1L,
							Long::sum))
			.list();
		return days;
	}

	private Map<LocalDate, Long> dailyFromCounters(Measure measure, Question question) {
		Slice slice = question.cuts().isEmpty() ? Slice.ALL : question.cuts().keySet().iterator().next();
		List<String> values = slice == Slice.ALL ? List.of("") : question.cuts().get(slice);
		Map<LocalDate, Long> days = new TreeMap<>();
		if (values.isEmpty()) {
			return days;
		}
		List<Object> params = new ArrayList<>(List.of(measure.name(), slice.name()));
		params.addAll(values);
		params.add(question.from());
		params.add(question.to());
		this.jdbc
			.sql("SELECT on_day, SUM(n) AS n FROM goals_count WHERE measure = ? AND slice = ? AND slice_value IN ("
					+ InLists.marks(values.size()) + ") AND on_day >= ? AND on_day <= ? GROUP BY on_day")
			.params(params)
			.query((rs, row) -> days.merge(rs.getObject("on_day", LocalDate.class), rs.getLong("n"), Long::sum))
			.list();
		days.values().removeIf(n -> n == 0);
		return days;
	}

	/** Every value a slice has taken, from the counters (none empty), in order. */
	public List<String> values(Slice slice) {
		return this.jdbc
			.sql("SELECT DISTINCT slice_value FROM goals_count WHERE measure = 'ENTERED' AND slice = ? "
					+ "AND slice_value <> '' ORDER BY slice_value")
			.param(slice.name())
			.query(String.class)
			.list();
	}

	/** The measure over the whole period, per value of a slice. */
	public Map<String, Long> bySlice(Measure measure, Question question, Slice by) {
		Map<String, Long> counts = new TreeMap<>();
		boolean countable = question.cuts().isEmpty()
				|| (question.cuts().size() == 1 && question.cuts().containsKey(by));
		List<Object> params = new ArrayList<>();
		String sql;
		if (countable) {
			List<String> values = question.cuts().get(by);
			params.addAll(List.of(measure.name(), by.name(), question.from(), question.to()));
			sql = "SELECT slice_value AS v, SUM(n) AS n FROM goals_count WHERE measure = ? AND slice = ? "
					+ "AND on_day >= ? AND on_day <= ?";
			if (values != null) {
				sql += " AND slice_value IN (" + InLists.marks(values.size()) + ")";
				params.addAll(values);
			}
			sql += " GROUP BY slice_value";
		}
		else {
			String column = column(by);
			params.add(Timestamp.from(question.start()));
			params.add(Timestamp.from(question.end()));
			sql = "SELECT " + column + " AS v, COUNT(*) AS n FROM goals_lead WHERE " + measure.column() + " >= ? AND "
					+ measure.column() + " < ?" + (measure.condition() == null ? "" : " AND " + measure.condition())
					+ cutsWhere(question.cuts(), params, "") + " GROUP BY " + column;
		}
		this.jdbc.sql(sql).params(params).query((rs, row) -> {
			Object value = rs.getObject("v");
			long n = rs.getLong("n");
			if (n != 0) {
				counts.merge(value == null ? "" : value.toString(), n, Long::sum);
			}
			return n;
		}).list();
		return counts;
	}

	/**
	 * How many leads took how many whole days over a span, for the leads that reached its
	 * later milestone in the period: read from the kept histograms when nothing is cut,
	 * else counted from the leads of the cut.
	 */
	public SortedMap<Integer, Long> spans(Span span, Question question) {
		SortedMap<Integer, Long> histogram = new TreeMap<>();
		if (question.cuts().isEmpty()) {
			this.jdbc
				.sql("SELECT days, SUM(n) AS n FROM goals_span WHERE span = ? AND on_day >= ? AND on_day <= ? "
						+ "GROUP BY days HAVING SUM(n) > 0")
				.params(span.name(), question.from(), question.to())
				.query((rs, row) -> histogram.put(rs.getInt("days"), rs.getLong("n")))
				.list();
			return histogram;
		}
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(question.start()));
		params.add(Timestamp.from(question.end()));
		String from = span.fromColumn();
		String to = span.toColumn();
		this.jdbc
			.sql("SELECT " + from + " AS a, " + to + " AS b FROM goals_lead WHERE " + to + " >= ? AND " + to
					+ " < ? AND " + from + " IS NOT NULL AND " + from + " <= " + to
					+ cutsWhere(question.cuts(), params, ""))
			.params(params)
			.query((rs, row) -> histogram.merge(Span.days(JourneyStore.instant(rs, "a"), JourneyStore.instant(rs, "b")),
					1L, Long::sum))
			.list();
		return histogram;
	}

	/** A deal as the numbers see it. */
	public record DealRow(UUID deal, @Nullable UUID owner, BigDecimal amount, String currency, int probability,
			String outcome, @Nullable Instant closedAt) {
	}

	/** The deals won in the period that match the cuts (owner cuts the deal's owner). */
	public List<DealRow> wonDeals(Question question) {
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(question.start()));
		params.add(Timestamp.from(question.end()));
		return deals("d.outcome = 'WON' AND d.closed_at >= ? AND d.closed_at < ?", question, params);
	}

	/**
	 * Deals of one currency taken together: how many, their value, and weighted by stage.
	 */
	public record DealTotal(String currency, long deals, BigDecimal amount, BigDecimal weighted) {
	}

	/**
	 * The deals won in the period that match the cuts, totalled per currency: from the
	 * daily totals when nothing is cut.
	 */
	public List<DealTotal> wonTotals(Question question) {
		if (question.cuts().isEmpty()) {
			return this.jdbc
				.sql("SELECT currency, SUM(deals) AS n, SUM(amount) AS amount, SUM(weighted) AS weighted "
						+ "FROM goals_deal_day WHERE on_day >= ? AND on_day <= ? GROUP BY currency "
						+ "HAVING SUM(deals) > 0 ORDER BY currency")
				.params(question.from(), question.to())
				.query((rs, row) -> new DealTotal(rs.getString("currency"), rs.getLong("n"), rs.getBigDecimal("amount"),
						rs.getBigDecimal("weighted")))
				.list();
		}
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(question.start()));
		params.add(Timestamp.from(question.end()));
		return totals("d.outcome = 'WON' AND d.closed_at >= ? AND d.closed_at < ?", question, params);
	}

	/**
	 * One owner's deals of one currency as a forecast of the period sees them: won in the
	 * period, and still open with an expected close by the period's end (or none given),
	 * plain and weighted by stage probability.
	 */
	public record ForecastRow(@Nullable UUID owner, String currency, long wonDeals, BigDecimal won, long openDeals,
			BigDecimal open, BigDecimal weighted) {
	}

	/** {@link ForecastRow}s of the deals that match the cuts, per owner and currency. */
	public List<ForecastRow> forecast(Question question) {
		String won = "d.outcome = 'WON' AND d.closed_at >= ? AND d.closed_at < ?";
		String open = "d.outcome = 'OPEN' AND (d.expected_close IS NULL OR d.expected_close <= ?)";
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			params.add(Timestamp.from(question.start()));
			params.add(Timestamp.from(question.end()));
		}
		for (int i = 0; i < 3; i++) {
			params.add(question.to());
		}
		String cuts = cutsWhere(question.cuts(), params, "d.");
		return this.jdbc.sql("SELECT d.owner_id, d.currency, SUM(CASE WHEN " + won
				+ " THEN 1 ELSE 0 END) AS won_deals, " + "SUM(CASE WHEN " + won
				+ " THEN d.amount ELSE 0 END) AS won, SUM(CASE WHEN " + open
				+ " THEN 1 ELSE 0 END) AS open_deals, SUM(CASE WHEN " + open + " THEN d.amount ELSE 0 END) AS "
				+ "open_amount, SUM(CASE WHEN " + open + " THEN d.amount * d.probability ELSE 0 END) AS weighted "
				+ "FROM goals_deal d LEFT JOIN goals_lead l ON l.contact_id = d.contact_id WHERE d.outcome <> 'LOST'"
				+ cuts + " GROUP BY d.owner_id, d.currency")
			.params(params)
			.query((rs, row) -> new ForecastRow(rs.getObject("owner_id", UUID.class), rs.getString("currency"),
					rs.getLong("won_deals"), rs.getBigDecimal("won"), rs.getLong("open_deals"),
					rs.getBigDecimal("open_amount"), rs.getBigDecimal("weighted").movePointLeft(2)))
			.list()
			.stream()
			.filter(row -> row.wonDeals() > 0 || row.openDeals() > 0)
			.toList();
	}

	/** The open deals that match the cuts, totalled per currency. */
	public List<DealTotal> openTotals(Question question) {
		return totals("d.outcome = 'OPEN'", question, new ArrayList<>());
	}

	private List<DealTotal> totals(String where, Question question, List<Object> params) {
		return this.jdbc
			.sql("SELECT d.currency, COUNT(*) AS n, SUM(d.amount) AS amount, SUM(d.amount * d.probability) AS weighted "
					+ "FROM goals_deal d LEFT JOIN goals_lead l ON l.contact_id = d.contact_id WHERE " + where
					+ cutsWhere(question.cuts(), params, "d.") + " GROUP BY d.currency ORDER BY d.currency")
			.params(params)
			.query((rs, row) -> new DealTotal(rs.getString("currency"), rs.getLong("n"), rs.getBigDecimal("amount"),
					rs.getBigDecimal("weighted").movePointLeft(2)))
			.list();
	}

	private List<DealRow> deals(String where, Question question, List<Object> params) {
		return this.jdbc
			.sql("SELECT d.* FROM goals_deal d LEFT JOIN goals_lead l ON l.contact_id = d.contact_id WHERE " + where
					+ cutsWhere(question.cuts(), params, "d."))
			.params(params)
			.query((rs, row) -> new DealRow(rs.getObject("deal_id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getBigDecimal("amount"), rs.getString("currency"), rs.getInt("probability"),
					rs.getString("outcome"), JourneyStore.instant(rs, "closed_at")))
			.list();
	}

	/**
	 * The SQL conditions of the cuts, their values added to {@code params}; the owner is
	 * read from {@code ownerPrefix + "owner_id"} (a deal's owner, when deals are read).
	 */
	private static String cutsWhere(Map<Slice, List<String>> cuts, List<Object> params, String ownerPrefix) {
		StringBuilder where = new StringBuilder();
		cuts.forEach((slice, values) -> {
			if (values.isEmpty()) {
				where.append(" AND 1 = 0");
				return;
			}
			String column = slice == Slice.OWNER ? ownerPrefix + "owner_id" : column(slice);
			where.append(" AND ").append(column).append(" IN (").append(InLists.marks(values.size())).append(')');
			values.forEach(value -> params.add(slice == Slice.OWNER ? UUID.fromString(value) : value));
		});
		return where.toString();
	}

	private static String column(Slice slice) {
		return switch (slice) {
			case OWNER -> "owner_id";
			case CHANNEL -> "channel";
			case CAMPAIGN -> "campaign";
			case SEGMENT -> "segment";
			case ALL -> throw new IllegalArgumentException("ALL is not a column");
		};
	}

}
