package org.tandem.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goals.domain.GoalStore;
import org.tandem.goals.domain.Pace;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Money;
import org.tandem.platform.NotFoundException;

/**
 * Sets SMART goals, revises their targets (keeping every earlier one), and tells how each
 * goal is doing: the KPI so far, the even pace, and forecasts to the period's end.
 */
@Service
@Transactional
public class GoalManagement {

	private final GoalStore store;

	private final Kpis kpis;

	private final KpiFacts facts;

	private final UserDirectory directory;

	private final Clock clock;

	GoalManagement(GoalStore store, Kpis kpis, KpiFacts facts, UserDirectory directory, Clock clock) {
		this.store = store;
		this.kpis = kpis;
		this.facts = facts;
		this.directory = directory;
		this.clock = clock;
	}

	public Goal create(GoalDraft draft, CurrentUser actor) {
		if (draft.endsOn().isBefore(draft.startsOn())) {
			throw new InputRejectedException("endsOn", "the period must end on or after its first day");
		}
		if (draft.startsOn().plusDays(KpiFilter.MAX_DAYS).isBefore(draft.endsOn())) {
			throw new InputRejectedException("endsOn", "a goal may cover at most " + KpiFilter.MAX_DAYS + " days");
		}
		Currency currency = currencyOf(draft.kpi(), draft.currency());
		checkPeople(draft.owners(), draft.rep());
		GoalId id = new GoalId(UUID.randomUUID());
		GoalStore.Row probe = new GoalStore.Row(id, draft.name().strip(), draft.kpi(), draft.startsOn(), draft.endsOn(),
				draft.team(), draft.rep(), blank(draft.channel()), blank(draft.campaign()), blank(draft.segment()),
				currency, BigDecimal.ZERO, null, null, null, null, draft.owners(), 0);
		Resolved target = resolve(probe.goal(Map.of()), draft.target());
		GoalStore.Row row = new GoalStore.Row(id, probe.name(), probe.kpi(), probe.startsOn(), probe.endsOn(),
				probe.team(), probe.rep(), probe.channel(), probe.campaign(), probe.segment(), currency,
				target.target(), target.relativePercent(), target.baseline(), target.baselineFrom(),
				target.baselineTo(), draft.owners(), 0);
		this.store.insert(row, this.clock.instant());
		this.store.revise(id, new GoalRevision(this.clock.instant(), actor.displayName(), target.target(),
				target.relativePercent(), target.baseline(), blank(draft.target().note())));
		return get(id);
	}

	/** Renames a goal and names its owners again. */
	public Goal update(GoalId id, String name, List<UserId> owners, long version) {
		get(id);
		if (name.isBlank() || name.strip().length() > 150) {
			throw new InputRejectedException("name", "must be 1 to 150 characters");
		}
		if (owners.isEmpty()) {
			throw new InputRejectedException("owners", "a goal needs at least one owner");
		}
		checkPeople(owners, null);
		if (!this.store.update(id, name.strip(), owners, version)) {
			throw new OptimisticLockingFailureException("goal " + id + " has changed");
		}
		return get(id);
	}

	/** Gives a goal a new target; the old one stays in its history with the reason. */
	public Goal revise(GoalId id, GoalTarget target, long version, CurrentUser actor) {
		Goal goal = get(id);
		Resolved resolved = resolve(goal, target);
		if (!this.store.retarget(id, resolved.target(), resolved.relativePercent(), resolved.baseline(),
				resolved.baselineFrom(), resolved.baselineTo(), version)) {
			throw new OptimisticLockingFailureException("goal " + id + " has changed");
		}
		this.store.revise(id, new GoalRevision(this.clock.instant(), actor.displayName(), resolved.target(),
				resolved.relativePercent(), resolved.baseline(), blank(target.note())));
		return get(id);
	}

	@Transactional(readOnly = true)
	public Goal get(GoalId id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("Goal", id)).goal(people());
	}

	@Transactional(readOnly = true)
	public List<Goal> all() {
		Map<UserId, Goal.Owner> people = people();
		return this.store.all().stream().map(row -> row.goal(people)).toList();
	}

	@Transactional(readOnly = true)
	public List<GoalRevision> revisions(GoalId id) {
		get(id);
		return this.store.revisions(id);
	}

	@Transactional(readOnly = true)
	public GoalProgress progress(GoalId id) {
		return progress(get(id));
	}

	/**
	 * The progress of every goal whose period includes today or ended in the last 90
	 * days.
	 */
	@Transactional(readOnly = true)
	public List<GoalProgress> current() {
		LocalDate today = LocalDate.now(this.clock.withZone(this.facts.zone()));
		return all().stream().filter(goal -> !goal.endsOn().isBefore(today.minusDays(90))).map(this::progress).toList();
	}

	GoalProgress progress(Goal goal) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.facts.zone()));
		if (today.isBefore(goal.startsOn())) {
			return Pace.of(goal, today, null, null);
		}
		LocalDate last = today.isAfter(goal.endsOn()) ? goal.endsOn() : today;
		KpiFilter filter = goal.filter(goal.startsOn(), last);
		BigDecimal actual = this.kpis.value(goal.kpi(), filter).scalar(goal.currency());
		Map<LocalDate, Long> daily = null;
		if (goal.kpi().cumulative() && Kpis.countable(goal.kpi())) {
			daily = this.kpis.series(goal.kpi(), filter, Grain.DAY)
				.stream()
				.collect(Collectors.toMap(KpiPoint::start,
						point -> point.value().numerator() == null ? 0L : point.value().numerator(), Long::sum,
						LinkedHashMap::new));
		}
		return Pace.of(goal, today, actual, daily);
	}

	private record Resolved(BigDecimal target, @Nullable BigDecimal relativePercent, @Nullable BigDecimal baseline,
			@Nullable LocalDate baselineFrom, @Nullable LocalDate baselineTo) {
	}

	/** An absolute target as given, or a relative one worked out from its baseline. */
	private Resolved resolve(Goal goal, GoalTarget target) {
		if ((target.value() == null) == (target.relativePercent() == null)) {
			throw new InputRejectedException("target.value", "give either a value or a change in percent");
		}
		if (target.value() != null) {
			return new Resolved(checkRange(goal.kpi(), target.value(), "target.value"), null, null, null, null);
		}
		long days = ChronoUnit.DAYS.between(goal.startsOn(), goal.endsOn()) + 1;
		LocalDate from = target.baselineFrom() != null ? target.baselineFrom() : goal.startsOn().minusDays(days);
		LocalDate to = target.baselineTo() != null ? target.baselineTo() : goal.startsOn().minusDays(1);
		if (to.isBefore(from)) {
			throw new InputRejectedException("target.baselineTo", "the baseline must end on or after its first day");
		}
		BigDecimal baseline = this.kpis.value(goal.kpi(), goal.filter(from, to)).scalar(goal.currency());
		if (baseline == null || baseline.signum() == 0) {
			throw new InputRejectedException("target.relativePercent",
					"the KPI had no value from " + from + " to " + to + " to change by a percentage");
		}
		BigDecimal value = baseline.multiply(BigDecimal.ONE.add(target.relativePercent().movePointLeft(2)))
			.setScale(4, RoundingMode.HALF_UP);
		return new Resolved(checkRange(goal.kpi(), value, "target.relativePercent"), target.relativePercent(), baseline,
				from, to);
	}

	private static BigDecimal checkRange(Kpi kpi, BigDecimal value, String field) {
		if (kpi.unit() == Kpi.Unit.RATIO && kpi != Kpi.CAMPAIGN_ROI && kpi != Kpi.PIPELINE_COVERAGE
				&& value.compareTo(BigDecimal.ONE) > 0) {
			throw new InputRejectedException(field, "a rate's target is a share from 0 to 1, here " + value);
		}
		return value;
	}

	private static @Nullable Currency currencyOf(Kpi kpi, @Nullable String code) {
		if (kpi.unit() != Kpi.Unit.MONEY) {
			return null;
		}
		if (code == null || code.isBlank()) {
			throw new InputRejectedException("currency", "a money KPI's goal needs a currency");
		}
		return Money.currency(code);
	}

	private void checkPeople(List<UserId> owners, @Nullable UserId rep) {
		for (UserId owner : owners) {
			if (this.directory.find(owner).filter(UserSummary::enabled).isEmpty()) {
				throw new InputRejectedException("owners", "no active user " + owner);
			}
		}
		if (rep != null && this.directory.find(rep).isEmpty()) {
			throw new InputRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "rep", "no user " + rep);
		}
	}

	private Map<UserId, Goal.Owner> people() {
		return this.directory.all()
			.stream()
			.collect(Collectors.toMap(UserSummary::id,
					user -> new Goal.Owner(user.id(), user.displayName(), user.role(), user.teamName()), (a, b) -> a));
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
