package org.tandem.incentives;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalId;
import org.tandem.goals.GoalManagement;
import org.tandem.goals.GoalProgress;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.incentives.domain.IncentiveStore;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * Shared incentive programmes. The heads draft one (its formula and participants),
 * simulate it, start it and close it with final statements; leadership reads every
 * programme; a participant sees their own statement, live while the programme runs and as
 * computed when it closes. Statements are computed from the goals' progress, and each
 * stored statement keeps the numbers it was computed from.
 */
@Service
@Transactional
public class Incentives {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final IncentiveStore store;

	private final GoalManagement goals;

	private final UserDirectory directory;

	private final Clock clock;

	Incentives(IncentiveStore store, GoalManagement goals, UserDirectory directory, Clock clock) {
		this.store = store;
		this.goals = goals;
		this.directory = directory;
		this.clock = clock;
	}

	// reading

	/**
	 * The programmes the viewer may see: all for the heads and leadership, else their
	 * own.
	 */
	@Transactional(readOnly = true)
	public List<Programme> visibleTo(CurrentUser viewer) {
		List<Programme> all = this.store.all(names());
		if (overseer(viewer)) {
			return all;
		}
		return all.stream()
			.filter(programme -> programme.participants().stream().anyMatch(p -> p.user().equals(viewer.id())))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Programme> find(UUID id, CurrentUser viewer) {
		return visibleTo(viewer).stream().filter(programme -> programme.id().equals(id)).findFirst();
	}

	public static boolean overseer(CurrentUser viewer) {
		return viewer.role() == Role.MANAGER || viewer.role() == Role.ADMIN || viewer.role() == Role.LEADERSHIP;
	}

	public static boolean head(CurrentUser viewer) {
		return viewer.role() == Role.MANAGER || viewer.role() == Role.ADMIN;
	}

	// drafting

	public Programme create(String name, LocalDate startsOn, LocalDate endsOn, String currency, CurrentUser by) {
		String words = name == null ? "" : name.strip();
		if (words.isEmpty() || words.length() > 150) {
			throw new InputRejectedException("name", "has 1 to 150 characters");
		}
		if (endsOn.isBefore(startsOn) || endsOn.isAfter(startsOn.plusYears(1))) {
			throw new InputRejectedException("endsOn", "ends on or after its first day, within a year");
		}
		UUID id = UUID.randomUUID();
		this.store.insert(id, words, startsOn, endsOn, currency(currency), by.displayName(), this.clock.instant());
		return get(id);
	}

	/** Adds a part of the formula, while the programme is a draft. */
	public Component addComponent(UUID id, String name, ComponentKind kind, BigDecimal weight, @Nullable GoalId goal,
			BigDecimal threshold, BigDecimal cap, BigDecimal accelerator) {
		Programme programme = draft(id);
		String words = name == null ? "" : name.strip();
		if (words.isEmpty() || words.length() > 120) {
			throw new InputRejectedException("name", "has 1 to 120 characters");
		}
		within("weight", weight, BigDecimal.ZERO, HUNDRED, false);
		if (programme.totalWeight().add(weight).compareTo(HUNDRED) > 0) {
			throw new InputRejectedException("weight", "the weights would add up to more than 100 %");
		}
		within("threshold", threshold, BigDecimal.ZERO, BigDecimal.valueOf(2), true);
		within("cap", cap, BigDecimal.ONE, BigDecimal.valueOf(5), true);
		within("accelerator", accelerator, BigDecimal.ZERO, BigDecimal.valueOf(5), true);
		if (kind == ComponentKind.SHARED) {
			if (goal == null) {
				throw new InputRejectedException("goal", "a shared component pays on a shared goal");
			}
			goal(goal);
		}
		Component component = new Component(UUID.randomUUID(), programme.components().size() + 1, words, kind, weight,
				kind == ComponentKind.SHARED ? goal : null, threshold, cap, accelerator);
		this.store.insertComponent(id, component);
		return component;
	}

	public void removeComponent(UUID id, UUID component) {
		draft(id);
		this.store.deleteComponent(id, component);
	}

	/** Adds a person (or changes their base and own goal), until the programme closes. */
	public void addParticipant(UUID id, UserId user, BigDecimal base, @Nullable GoalId goal) {
		Programme programme = get(id);
		if (programme.status() == ProgrammeStatus.CLOSED) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "status", "the programme is closed");
		}
		this.directory.find(user)
			.filter(UserSummary::enabled)
			.orElseThrow(() -> new InputRejectedException("user", "is not a person who can log in"));
		within("base", base, BigDecimal.ZERO, new BigDecimal("1000000000"), true);
		if (base.stripTrailingZeros().scale() > Math.max(0, programme.currency().getDefaultFractionDigits())) {
			throw new InputRejectedException("base", "has more decimals than " + programme.currency() + " has");
		}
		if (goal != null) {
			goal(goal);
		}
		this.store.saveParticipant(id, user, base, goal);
	}

	public void removeParticipant(UUID id, UserId user) {
		draft(id);
		this.store.deleteParticipant(id, user);
	}

	/**
	 * Starts a programme: its weights add up to 100 % and everyone has their own goal.
	 */
	public Programme activate(UUID id, long version) {
		Programme programme = draft(id);
		if (programme.totalWeight().compareTo(HUNDRED) != 0) {
			throw new InputRejectedException("weight",
					"the weights add up to " + programme.totalWeight() + " %, not 100 %");
		}
		if (programme.participants().isEmpty()) {
			throw new InputRejectedException("participants", "add the people it is for");
		}
		boolean individual = programme.components().stream().anyMatch(c -> c.kind() == ComponentKind.INDIVIDUAL);
		if (individual && programme.participants().stream().anyMatch(p -> p.goal() == null)) {
			throw new InputRejectedException("goal", "give every participant their own goal");
		}
		status(programme, ProgrammeStatus.ACTIVE, version);
		return get(id);
	}

	// calculating

	/**
	 * Each participant's statement as of today, from their goals' progress: what they see
	 * during the period.
	 */
	@Transactional(readOnly = true)
	public List<Statement> statements(Programme programme) {
		Map<GoalId, Optional<Numbers>> numbers = new HashMap<>();
		Map<GoalId, Goal> known = new HashMap<>();
		this.goals.all().forEach(goal -> known.put(goal.id(), goal));
		List<Statement> statements = new ArrayList<>();
		for (Participant participant : programme.participants()) {
			List<StatementLine> lines = new ArrayList<>();
			for (Component component : programme.components()) {
				GoalId goal = component.kind() == ComponentKind.SHARED ? component.goal() : participant.goal();
				Optional<Numbers> found = goal == null ? Optional.empty()
						: numbers.computeIfAbsent(goal, id -> numbers(known.get(id)));
				lines.add(BonusFormula.line(component, participant.base(), found.map(Numbers::name).orElse(null),
						found.map(Numbers::actual).orElse(null), found.map(Numbers::target).orElse(null),
						found.map(Numbers::attainment).orElse(null), programme.currency()));
			}
			statements.add(BonusFormula.statement(participant.user(), participant.name(), participant.base(), lines));
		}
		return statements;
	}

	/**
	 * What everyone would get if each component reached the attainment given (1 = 100 %):
	 * the what-if before a programme starts.
	 */
	@Transactional(readOnly = true)
	public List<Statement> simulate(Programme programme, Map<UUID, BigDecimal> attainments) {
		List<Statement> statements = new ArrayList<>();
		for (Participant participant : programme.participants()) {
			List<StatementLine> lines = new ArrayList<>();
			for (Component component : programme.components()) {
				BigDecimal attainment = attainments.get(component.id());
				lines.add(BonusFormula.line(component, participant.base(), null, null, null, attainment,
						programme.currency()));
			}
			statements.add(BonusFormula.statement(participant.user(), participant.name(), participant.base(), lines));
		}
		return statements;
	}

	/**
	 * Stores today's statements with their inputs: a preview while the programme runs, or
	 * the final one, which closes it.
	 */
	public Run calculate(UUID id, boolean close, long version, CurrentUser by) {
		Programme programme = get(id);
		if (programme.status() != ProgrammeStatus.ACTIVE) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "status", "only a running programme is calculated");
		}
		Run run = new Run(UUID.randomUUID(), close ? Run.RunKind.FINAL : Run.RunKind.PREVIEW, this.clock.instant(),
				by.displayName());
		this.store.insertRun(id, run, statements(programme));
		if (close) {
			status(programme, ProgrammeStatus.CLOSED, version);
		}
		return run;
	}

	@Transactional(readOnly = true)
	public List<Run> runs(Programme programme) {
		return this.store.runs(programme.id());
	}

	/**
	 * A run's statements: every one for those who oversee, else only the viewer's own.
	 */
	@Transactional(readOnly = true)
	public List<Statement> statementsOf(Programme programme, UUID run, CurrentUser viewer) {
		if (runs(programme).stream().noneMatch(one -> one.id().equals(run))) {
			throw new NotFoundException("Run", run);
		}
		return this.store.statements(run)
			.stream()
			.filter(statement -> overseer(viewer) || statement.user().equals(viewer.id()))
			.toList();
	}

	/** A goal's name, actual, target and attainment today. */
	record Numbers(String name, @Nullable BigDecimal actual, BigDecimal target, @Nullable BigDecimal attainment) {
	}

	/** Empty for a goal that is gone (its line then pays nothing, saying so). */
	private Optional<Numbers> numbers(@Nullable Goal goal) {
		if (goal == null) {
			return Optional.empty();
		}
		GoalProgress progress = this.goals.progress(goal.id());
		return Optional.of(new Numbers(goal.name(), progress.actual(), goal.target(), progress.attainment()));
	}

	private Goal goal(GoalId id) {
		return this.goals.all()
			.stream()
			.filter(goal -> goal.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new InputRejectedException("goal", "is not a goal"));
	}

	private Programme draft(UUID id) {
		Programme programme = get(id);
		if (programme.status() != ProgrammeStatus.DRAFT) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "status",
					"the formula is fixed once the programme has started");
		}
		return programme;
	}

	private void status(Programme programme, ProgrammeStatus status, long version) {
		if (!this.store.setStatus(programme.id(), status, version)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "version",
					"the programme was changed by someone else; reload it");
		}
	}

	private Programme get(UUID id) {
		return this.store.find(id, names()).orElseThrow(() -> new NotFoundException("Programme", id));
	}

	private Map<UserId, String> names() {
		Map<UserId, String> names = new HashMap<>();
		this.directory.all().forEach(person -> names.put(person.id(), person.displayName()));
		return names;
	}

	private static Currency currency(String code) {
		try {
			return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InputRejectedException("currency", "is not a currency code");
		}
	}

	private static void within(String field, @Nullable BigDecimal value, BigDecimal min, BigDecimal max,
			boolean minIncluded) {
		if (value == null || value.compareTo(max) > 0
				|| (minIncluded ? value.compareTo(min) < 0 : value.compareTo(min) <= 0)) {
			throw new InputRejectedException(field,
					"must be " + (minIncluded ? "from " : "above ") + min + " to " + max);
		}
	}

}
