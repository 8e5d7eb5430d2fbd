package org.tandem.goals;

/**
 * The KPI catalogue: one definition per number, the same on every page, in the API and in
 * alerts. Lead counts count each lead once per milestone (the first time it reached the
 * stage) on the day it reached it; conversions follow the leads of the period (a cohort)
 * to wherever they are now.
 */
public enum Kpi {

	/** Leads that entered the funnel in the period. */
	LEADS_CREATED(Unit.COUNT, Department.MARKETING),
	/** Leads that first became MQLs in the period. */
	MQLS(Unit.COUNT, Department.MARKETING),
	/** Leads sales first accepted in the period. */
	SQLS(Unit.COUNT, Department.SALES),
	/** Of the period's MQLs, the share sales has accepted so far. */
	MQL_TO_SQL(Unit.RATIO, Department.SHARED),
	/** Of the leads created in the period, the share won so far. */
	LEAD_TO_CUSTOMER(Unit.RATIO, Department.SHARED),
	/** Of the period's MQLs that sales has decided on, the share accepted. */
	SALES_ACCEPTANCE(Unit.RATIO, Department.SHARED),
	/** Deals closed as won in the period. */
	DEALS_WON(Unit.COUNT, Department.SALES),
	/** The value of the deals won in the period, per currency. */
	WON_REVENUE(Unit.MONEY, Department.SALES),
	/** The mean value of a deal won in the period, per currency. */
	AVERAGE_DEAL_SIZE(Unit.MONEY, Department.SALES),
	/**
	 * For leads won in the period, the whole days from entering the funnel: median and
	 * 90th percentile (nearest rank).
	 */
	LEAD_TO_DEAL_TIME(Unit.DAYS, Department.SHARED),
	/**
	 * Median whole days between stages (MQL to SQL, SQL to opportunity, opportunity to
	 * won), for the leads that reached the later stage in the period, and their sum.
	 */
	STAGE_VELOCITY(Unit.DAYS, Department.SHARED),
	/** Of the hand-off deadlines due in the period, the share kept. */
	SLA_COMPLIANCE(Unit.RATIO, Department.SALES),
	/** (Attributed won revenue - cost) / cost of the campaigns running in the period. */
	CAMPAIGN_ROI(Unit.RATIO, Department.MARKETING),
	/** Open pipeline, weighted by each deal's stage probability, per currency. */
	WEIGHTED_PIPELINE(Unit.MONEY, Department.SALES),
	/**
	 * Open pipeline expected to close by the period's end over what is left of the
	 * won-revenue goal for the same cut and period.
	 */
	PIPELINE_COVERAGE(Unit.RATIO, Department.SALES);

	private final Unit unit;

	private final Department department;

	Kpi(Unit unit, Department department) {
		this.unit = unit;
		this.department = department;
	}

	public Unit unit() {
		return this.unit;
	}

	/** False for times, where less is better. */
	public boolean higherIsBetter() {
		return this.unit != Unit.DAYS;
	}

	/**
	 * True for KPIs that add up over a period (counts and revenue), whose value grows as
	 * the period goes by; false for rates, averages, times and the pipeline's level.
	 */
	public boolean cumulative() {
		return this == LEADS_CREATED || this == MQLS || this == SQLS || this == DEALS_WON || this == WON_REVENUE;
	}

	/** Whose number this is first; SHARED numbers belong to both departments. */
	public Department department() {
		return this.department;
	}

	/** What a KPI's value is. */
	public enum Unit {

		COUNT, RATIO, MONEY, DAYS

	}

	/** Which department a KPI belongs to. */
	public enum Department {

		MARKETING, SALES, SHARED

	}

}
