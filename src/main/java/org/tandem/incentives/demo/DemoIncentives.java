package org.tandem.incentives.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalManagement;
import org.tandem.goals.Kpi;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.incentives.ComponentKind;
import org.tandem.incentives.Incentives;
import org.tandem.incentives.Programme;
import org.tandem.platform.DemoMode;

/**
 * The demo company's quarterly bonus: 60 % on each person's own goal (a rep's quota, the
 * marketing team's MQL goal) and 40 % on the shared won-revenue goal, running, with
 * today's statements kept.
 */
@Component
@Order(90)
class DemoIncentives implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIncentives.class);

	private final DemoMode demo;

	private final Incentives incentives;

	private final GoalManagement goals;

	private final UserDirectory directory;

	DemoIncentives(DemoMode demo, Incentives incentives, GoalManagement goals, UserDirectory directory) {
		this.demo = demo;
		this.incentives = incentives;
		this.goals = goals;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<UserSummary> maria = this.directory.findByUsername("maria");
		if (!this.demo.enabled() || maria.isEmpty()) {
			return;
		}
		CurrentUser head = CurrentUser.of(maria.get());
		if (!this.incentives.visibleTo(head).isEmpty()) {
			return;
		}
		List<Goal> all = this.goals.all();
		Optional<Goal> revenue = all.stream()
			.filter(goal -> goal.kpi() == Kpi.WON_REVENUE && goal.rep() == null && goal.team() == null)
			.findFirst();
		Optional<Goal> mqls = all.stream().filter(goal -> goal.kpi() == Kpi.MQLS && goal.rep() == null).findFirst();
		if (revenue.isEmpty() || mqls.isEmpty()) {
			return;
		}
		Programme programme = this.incentives.create("Quarterly bonus: one revenue goal", revenue.get().startsOn(),
				revenue.get().endsOn(), "EUR", head);
		UUID id = programme.id();
		this.incentives.addComponent(id, "Own goal", ComponentKind.INDIVIDUAL, new BigDecimal("60"), null,
				new BigDecimal("0.5"), new BigDecimal("1.5"), new BigDecimal("2"));
		this.incentives.addComponent(id, "Shared won revenue", ComponentKind.SHARED, new BigDecimal("40"),
				revenue.get().id(), new BigDecimal("0.8"), new BigDecimal("1.2"), BigDecimal.ONE);
		int people = 0;
		for (UserSummary person : this.directory.all()) {
			if (!person.enabled()) {
				continue;
			}
			Optional<Goal> own = person.department() == TeamKind.SALES
					? all.stream().filter(goal -> person.id().equals(goal.rep())).findFirst()
					: person.department() == TeamKind.MARKETING ? mqls : Optional.empty();
			if (own.isPresent()) {
				this.incentives.addParticipant(id, person.id(),
						person.department() == TeamKind.SALES ? new BigDecimal("6000") : new BigDecimal("5000"),
						own.get().id());
				people++;
			}
		}
		if (people == 0) {
			return;
		}
		programme = this.incentives.activate(id, this.incentives.find(id, head).orElseThrow().version());
		this.incentives.calculate(id, false, programme.version(), head);
		log.info("Demo data: a quarterly bonus programme for {} people, 40 % on the shared revenue goal", people);
	}

}
