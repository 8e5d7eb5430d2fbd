package org.tandem.goals.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.goals.AlertKind;
import org.tandem.goals.AlertRuleDraft;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalDraft;
import org.tandem.goals.GoalManagement;
import org.tandem.goals.GoalTarget;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiAlerts;
import org.tandem.goals.KpiFacts;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;

/**
 * The demo company's shared goals for this quarter, owned by the heads of marketing and
 * sales together: more MQLs and more revenue than last quarter, a better MQL to SQL rate
 * and a shorter road from lead to deal; and the rules that watch them and the conversion
 * between the departments.
 */
@Component
@Order(60)
class DemoGoals implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGoals.class);

	private final DemoMode demo;

	private final GoalManagement goals;

	private final KpiFacts facts;

	private final UserDirectory directory;

	private final KpiAlerts alerts;

	DemoGoals(DemoMode demo, GoalManagement goals, KpiFacts facts, UserDirectory directory, KpiAlerts alerts) {
		this.alerts = alerts;
		this.demo = demo;
		this.goals = goals;
		this.facts = facts;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || !this.goals.all().isEmpty()) {
			return;
		}
		this.facts.catchUp();
		List<UserId> owners = new ArrayList<>();
		for (TeamKind kind : List.of(TeamKind.MARKETING, TeamKind.SALES)) {
			this.directory.withRole(Role.MANAGER)
				.stream()
				.filter(head -> head.teamKind() == kind)
				.map(UserSummary::id)
				.findFirst()
				.ifPresent(owners::add);
		}
		if (owners.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.facts.zone());
		LocalDate start = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
		LocalDate end = start.plusMonths(3).minusDays(1);
		set("More MQLs than last quarter", Kpi.MQLS, start, end, null, new GoalTarget(null, new BigDecimal("15"), null,
				null, "Two new webinar series and the partner programme"), owners);
		set("Won revenue up on last quarter", Kpi.WON_REVENUE, start, end, "EUR",
				new GoalTarget(null, new BigDecimal("10"), null, null, "Agreed at the quarterly strategy meeting"),
				owners);
		set("Two MQLs in three accepted by sales", Kpi.MQL_TO_SQL, start, end, null,
				new GoalTarget(new BigDecimal("0.66"), null, null, null, "Sharper scoring threshold and joint ICP"),
				owners);
		set("From lead to deal in six weeks", Kpi.LEAD_TO_DEAL_TIME, start, end, null,
				new GoalTarget(new BigDecimal("42"), null, null, null, "Faster hand-off and demo scheduling"), owners);
		quotas(start, end, owners);
		watch(owners);
		log.info("Demo data: shared goals for {} to {}, alert rules, {} alerts raised", start, end,
				this.alerts.evaluate().size());
	}

	/**
	 * Each rep's share of the quarter's won-revenue goal, as their quota: what the
	 * forecast dashboard sets their numbers against.
	 */
	private void quotas(LocalDate start, LocalDate end, List<UserId> owners) {
		List<UserSummary> reps = this.directory.withRole(Role.SALES).stream().filter(UserSummary::enabled).toList();
		BigDecimal company = this.goals.all()
			.stream()
			.filter(goal -> goal.kpi() == Kpi.WON_REVENUE && goal.rep() == null)
			.map(Goal::target)
			.findFirst()
			.orElse(null);
		if (reps.isEmpty() || company == null) {
			return;
		}
		BigDecimal share = company.divide(BigDecimal.valueOf(reps.size()), -3, RoundingMode.HALF_UP);
		for (UserSummary rep : reps) {
			List<UserId> owning = new ArrayList<>(owners);
			owning.add(rep.id());
			try {
				this.goals.create(new GoalDraft("Quarterly quota: " + rep.displayName(), Kpi.WON_REVENUE, start, end,
						null, rep.id(), null, null, null, "EUR",
						new GoalTarget(share, null, null, null, "An even share of the quarter's revenue goal"), owning),
						CurrentUser.SYSTEM);
			}
			catch (RuntimeException ex) {
				log.warn("Demo quota for {} not set: {}", rep.displayName(), ex.getMessage());
			}
		}
	}

	/** Rules on the conversion between the departments and on the pace of every goal. */
	private void watch(List<UserId> owners) {
		this.alerts.createRule(new AlertRuleDraft("MQL to SQL conversion dropped", AlertKind.BELOW_MEAN, Kpi.MQL_TO_SQL,
				null, null, null, null, null, null, 8, new BigDecimal("1.5"), null, owners));
		this.alerts.createRule(new AlertRuleDraft("Sales sends more MQLs back", AlertKind.BELOW_MEAN,
				Kpi.SALES_ACCEPTANCE, null, null, null, null, null, null, 8, new BigDecimal("1.5"), null, owners));
		for (Goal goal : this.goals.all()) {
			this.alerts.createRule(new AlertRuleDraft(goal.name() + ": behind pace", AlertKind.BEHIND_GOAL, null, null,
					null, null, null, null, null, null, null, goal.id(), null));
		}
	}

	private void set(String name, Kpi kpi, LocalDate start, LocalDate end, String currency, GoalTarget target,
			List<UserId> owners) {
		try {
			this.goals.create(
					new GoalDraft(name, kpi, start, end, null, null, null, null, null, currency, target, owners),
					CurrentUser.SYSTEM);
		}
		catch (RuntimeException ex) {
			log.warn("Demo goal '{}' not set: {}", name, ex.getMessage());
		}
	}

}
