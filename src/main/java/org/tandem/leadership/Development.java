package org.tandem.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.leadership.domain.PlanStore;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Words;

/**
 * Individual development plans. A plan is seen by its person, the heads of their
 * department, leadership and admins; a head starts it; the person and their heads add
 * goals, mark them done and write check-ins.
 */
@Service
@Transactional
public class Development {

	private final PlanStore store;

	private final UserDirectory directory;

	private final Clock clock;

	Development(PlanStore store, UserDirectory directory, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.clock = clock;
	}

	public DevelopmentPlan start(UserId person, String focus, CurrentUser by) {
		UserSummary someone = this.directory.find(person)
			.filter(UserSummary::enabled)
			.orElseThrow(() -> new InputRejectedException("person", "is not a person who can log in"));
		if (!heads(someone, by)) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "person",
					"the heads of a person's department start their plan");
		}
		UUID id = UUID.randomUUID();
		if (!this.store.insert(id, person, Words.required("focus", focus, 300), by.displayName(),
				this.clock.instant())) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "person", "has a plan already");
		}
		return find(id, by).orElseThrow();
	}

	/** The plans the viewer may see. */
	@Transactional(readOnly = true)
	public List<DevelopmentPlan> visibleTo(CurrentUser viewer) {
		Map<UserId, UserSummary> people = people();
		return this.store.all()
			.stream()
			.filter(row -> mayRead(people.get(row.person()), viewer))
			.map(row -> plan(row, people))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<DevelopmentPlan> find(UUID id, CurrentUser viewer) {
		return visibleTo(viewer).stream().filter(plan -> plan.id().equals(id)).findFirst();
	}

	public void addGoal(UUID id, String text, LocalDate dueOn, CurrentUser by) {
		DevelopmentPlan plan = visible(id, by);
		LocalDate today = LocalDate.now(this.clock);
		if (dueOn.isBefore(today) || dueOn.isAfter(today.plusYears(2))) {
			throw new InputRejectedException("dueOn", "from today to two years ahead");
		}
		this.store.addGoal(plan.id(), Words.required("text", text, 500), dueOn);
	}

	public void setDone(UUID id, UUID goal, boolean done, CurrentUser by) {
		DevelopmentPlan plan = visible(id, by);
		this.store.setDone(plan.id(), goal, done ? this.clock.instant() : null);
	}

	public void checkIn(UUID id, String note, CurrentUser by) {
		DevelopmentPlan plan = visible(id, by);
		this.store.addCheckIn(plan.id(), by.displayName(), Words.required("note", note, 2000), this.clock.instant());
	}

	private DevelopmentPlan visible(UUID id, CurrentUser by) {
		DevelopmentPlan plan = find(id, by).orElseThrow(() -> new NotFoundException("Plan", id));
		if (by.role() == Role.LEADERSHIP && !plan.person().equals(by.id())) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "plan", "leadership reads the plans of others");
		}
		return plan;
	}

	private boolean mayRead(@Nullable UserSummary person, CurrentUser viewer) {
		if (person == null) {
			return viewer.role() == Role.ADMIN;
		}
		return person.id().equals(viewer.id()) || viewer.role() == Role.LEADERSHIP || heads(person, viewer);
	}

	/** Admins, and the heads of the person's department. */
	private boolean heads(UserSummary person, CurrentUser viewer) {
		if (viewer.role() == Role.ADMIN) {
			return true;
		}
		if (viewer.role() != Role.MANAGER) {
			return false;
		}
		TeamKind department = this.directory.find(viewer.id()).map(UserSummary::department).orElse(null);
		return department != null && department == person.department();
	}

	private DevelopmentPlan plan(PlanStore.Row row, Map<UserId, UserSummary> people) {
		UserSummary person = people.get(row.person());
		return new DevelopmentPlan(row.id(), row.person(), person == null ? "—" : person.displayName(),
				person == null ? null : person.department(), row.focus(), row.goals(), row.checkIns());
	}

	private Map<UserId, UserSummary> people() {
		return this.directory.all().stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

}
