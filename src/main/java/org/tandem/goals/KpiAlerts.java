package org.tandem.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.goals.domain.AlertStore;
import org.tandem.goals.domain.Deviation;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Money;
import org.tandem.platform.NotFoundException;

/**
 * Deviation alerts: rules checked every hour, each raising at most one alert per week,
 * with the numbers behind it, for its owners (and for the meetings' agendas).
 */
@Service
@Transactional
public class KpiAlerts {

	private static final Logger log = LoggerFactory.getLogger(KpiAlerts.class);

	private final AlertStore store;

	private final Kpis kpis;

	private final KpiFacts facts;

	private final GoalManagement goals;

	private final UserDirectory directory;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	KpiAlerts(AlertStore store, Kpis kpis, KpiFacts facts, GoalManagement goals, UserDirectory directory,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.kpis = kpis;
		this.facts = facts;
		this.goals = goals;
		this.directory = directory;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	public AlertRule createRule(AlertRuleDraft draft) {
		Kpi kpi = draft.kpi();
		List<UserId> owners = draft.owners() == null ? List.of() : draft.owners();
		Currency currency = null;
		if (draft.kind() == AlertKind.BEHIND_GOAL) {
			if (draft.goal() == null) {
				throw new InputRejectedException("goal", "a rule on a goal names the goal");
			}
			Goal goal = this.goals.get(draft.goal());
			kpi = goal.kpi();
			if (owners.isEmpty()) {
				owners = goal.owners().stream().map(Goal.Owner::id).toList();
			}
		}
		else {
			if (kpi == null) {
				throw new InputRejectedException("kpi", "a rule on the mean names a KPI");
			}
			if (kpi.unit() == Kpi.Unit.MONEY) {
				if (draft.currency() == null || draft.currency().isBlank()) {
					throw new InputRejectedException("currency", "a money KPI's rule needs a currency");
				}
				currency = Money.currency(draft.currency());
			}
			if (owners.isEmpty()) {
				throw new InputRejectedException("owners", "a rule needs someone to tell");
			}
		}
		for (UserId owner : owners) {
			if (this.directory.find(owner).filter(UserSummary::enabled).isEmpty()) {
				throw new InputRejectedException("owners", "no active user " + owner);
			}
		}
		boolean onGoal = draft.kind() == AlertKind.BEHIND_GOAL;
		AlertRule rule = new AlertRule(new AlertRuleId(UUID.randomUUID()), draft.name().strip(), draft.kind(), kpi,
				onGoal ? null : draft.team(), onGoal ? null : draft.rep(), onGoal ? null : blank(draft.channel()),
				onGoal ? null : blank(draft.campaign()), onGoal ? null : blank(draft.segment()), currency,
				draft.weeks() == null ? 8 : draft.weeks(),
				draft.sigmas() == null ? BigDecimal.valueOf(2) : draft.sigmas(), onGoal ? draft.goal() : null, owners,
				true);
		this.store.insert(rule, this.clock.instant());
		return rule;
	}

	public AlertRule setActive(AlertRuleId id, boolean active) {
		if (!this.store.setActive(id, active)) {
			throw new NotFoundException("Alert rule", id);
		}
		return this.store.rule(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<AlertRule> rules() {
		return this.store.rules();
	}

	/** The alerts raised since {@code since}, the newest first (at most 500). */
	@Transactional(readOnly = true)
	public List<KpiAlert> since(Instant since) {
		return this.store.since(since, 500);
	}

	/** How many alerts this person owns and nobody has settled: the in-app notice. */
	@Transactional(readOnly = true)
	public long openFor(UserId owner) {
		return this.store.openFor(owner);
	}

	public KpiAlert acknowledge(UUID alert, CurrentUser actor) {
		KpiAlert found = this.store.find(alert).orElseThrow(() -> new NotFoundException("Alert", alert));
		if (!actor.hasRole(Role.MANAGER, Role.LEADERSHIP, Role.ADMIN) && !found.owners().contains(actor.id())) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "alert", "only its owners or the heads settle it");
		}
		this.store.acknowledge(alert, actor.displayName(), this.clock.instant());
		return this.store.find(alert).orElseThrow();
	}

	@SchedulerLock(name = "goals.kpi-alerts", lockAtMostFor = "30m")
	@Scheduled(cron = "${tandem.goals.alert-check:0 5 * * * *}")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void check() {
		try {
			evaluate();
		}
		catch (RuntimeException ex) {
			log.warn("Could not check the alert rules; trying again at the next hour", ex);
		}
	}

	/** Checks every active rule now; the answer is the alerts newly raised. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<KpiAlert> evaluate() {
		LocalDate today = LocalDate.now(this.clock.withZone(this.facts.zone()));
		List<KpiAlert> raised = new ArrayList<>();
		for (AlertRule rule : this.store.rules()) {
			if (!rule.active()) {
				continue;
			}
			KpiAlert alert = this.transactions.execute(status -> evaluate(rule, today));
			if (alert != null) {
				raised.add(alert);
			}
		}
		return raised;
	}

	private @Nullable KpiAlert evaluate(AlertRule rule, LocalDate today) {
		KpiAlert alert = rule.kind() == AlertKind.BEHIND_GOAL ? behindGoal(rule, today) : offTheMean(rule, today);
		if (alert == null || !this.store.raise(alert)) {
			return null;
		}
		this.events.publishEvent(new KpiAlertRaised(alert.id(), rule.name(), alert.kpi(), alert.owners()));
		return alert;
	}

	/** Last complete week (Monday to Sunday) against the weeks before it. */
	private @Nullable KpiAlert offTheMean(AlertRule rule, LocalDate today) {
		LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		BigDecimal value = weekValue(rule, week);
		if (value == null) {
			return null;
		}
		List<BigDecimal> history = new ArrayList<>();
		for (int back = rule.weeks(); back >= 1; back--) {
			BigDecimal earlier = weekValue(rule, week.minusWeeks(back));
			if (earlier != null) {
				history.add(earlier);
			}
		}
		Deviation deviation = Deviation.of(history, value, rule.sigmas(), rule.kind() == AlertKind.BELOW_MEAN);
		if (deviation == null || !deviation.breached()) {
			return null;
		}
		return new KpiAlert(UUID.randomUUID(), rule.id(), rule.name(), rule.kind(), rule.kpi(), week, week.plusDays(6),
				this.clock.instant(), value, deviation.mean(), deviation.deviation(), deviation.threshold(), history,
				rule.owners(), null, null);
	}

	private @Nullable BigDecimal weekValue(AlertRule rule, LocalDate monday) {
		return this.kpis.value(rule.kpi(), rule.filter(monday, monday.plusDays(6))).scalar(rule.currency());
	}

	/** A goal whose forecast no longer meets its target, once a week while it lasts. */
	private @Nullable KpiAlert behindGoal(AlertRule rule, LocalDate today) {
		GoalProgress progress = this.goals.progress(rule.goal());
		if (progress.status() != GoalStatus.AT_RISK) {
			return null;
		}
		BigDecimal forecast = progress.trend() != null ? progress.trend() : progress.runRate();
		LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return new KpiAlert(UUID.randomUUID(), rule.id(), rule.name(), rule.kind(), progress.goal().kpi(), week,
				week.plusDays(6), this.clock.instant(), forecast, null, null, progress.goal().target(), List.of(),
				rule.owners(), null, null);
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
