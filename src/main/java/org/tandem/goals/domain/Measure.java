package org.tandem.goals.domain;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * A count of leads, each on the day of one of its milestones, optionally only those that
 * also reached another. Each measure is defined once here, for both ways of counting it:
 * the kept counters (in Java, as a lead changes) and the leads themselves (in SQL).
 */
public enum Measure {

	/** Leads that entered the funnel, on the day they entered. */
	ENTERED("entered_at", Journey::entered, null, null),
	/** Leads that first became MQLs. */
	MQL("mql_at", Journey::mql, null, null),
	/** Leads that sales first accepted (SQL). */
	SQL("sql_at", Journey::sql, null, null),
	/** Leads that first became opportunities. */
	OPPORTUNITY("opportunity_at", Journey::opportunity, null, null),
	/** Leads won. */
	WON("won_at", Journey::won, null, null),
	/** Leads lost. */
	LOST("lost_at", Journey::lost, null, null),
	/** Leads sales first sent back from MQL. */
	REJECTED("rejected_at", Journey::rejected, null, null),
	/** Leads disqualified. */
	DISQUALIFIED("disqualified_at", Journey::disqualified, null, null),
	/** MQLs of the day that sales has accepted since. */
	MQL_ACCEPTED("mql_at", Journey::mql, "sql_at IS NOT NULL", journey -> journey.sql() != null),
	/** MQLs of the day that sales has sent back since. */
	MQL_REJECTED("mql_at", Journey::mql, "rejected_at IS NOT NULL", journey -> journey.rejected() != null),
	/** Leads entered that day that have become MQLs since. */
	ENTERED_MQL("entered_at", Journey::entered, "mql_at IS NOT NULL", journey -> journey.mql() != null),
	/** Leads entered that day that have become SQLs since. */
	ENTERED_SQL("entered_at", Journey::entered, "sql_at IS NOT NULL", journey -> journey.sql() != null),
	/** Leads entered that day that have become opportunities since. */
	ENTERED_OPPORTUNITY("entered_at", Journey::entered, "opportunity_at IS NOT NULL",
			journey -> journey.opportunity() != null),
	/** Leads entered that day that have been won since. */
	ENTERED_WON("entered_at", Journey::entered, "won_at IS NOT NULL", journey -> journey.won() != null);

	private final String column;

	private final Function<Journey, @Nullable Instant> date;

	private final @Nullable String condition;

	private final @Nullable Predicate<Journey> test;

	Measure(String column, Function<Journey, @Nullable Instant> date, @Nullable String condition,
			@Nullable Predicate<Journey> test) {
		this.column = column;
		this.date = date;
		this.condition = condition;
		this.test = test;
	}

	/** The column of {@code goals_lead} holding the date the lead counts on. */
	public String column() {
		return this.column;
	}

	/** The SQL condition a lead must also meet, if any. */
	public @Nullable String condition() {
		return this.condition;
	}

	/** When this lead counts for this measure; null when it does not count. */
	public @Nullable Instant countsAt(Journey journey) {
		Instant at = this.date.apply(journey);
		return at == null || (this.test != null && !this.test.test(journey)) ? null : at;
	}

}
