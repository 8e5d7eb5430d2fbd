package org.tandem.conflicts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.conflicts.domain.ConflictStore;
import org.tandem.conflicts.domain.Themes;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.meetings.ActionItem;
import org.tandem.meetings.ActionOrigin;
import org.tandem.meetings.MeetingKind;
import org.tandem.meetings.MeetingSeries;
import org.tandem.meetings.Meetings;
import org.tandem.meetings.SeriesDraft;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Words;

/**
 * The conflict register. Who may see a conflict: its parties, the one who raised it, the
 * heads of the parties' departments, leadership and admins; anyone else is told it does
 * not exist. The heads who see it (and admins) act on it: classify its causes, set the
 * mediation meeting, agree measures and close it; everyone who sees it may add notes.
 */
@Service
@Transactional
public class Conflicts {

	/** What the measures of a conflict's action plan are filed under. */
	public static final String ORIGIN = "CONFLICT";

	private final ConflictStore store;

	private final UserDirectory directory;

	private final Meetings meetings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Conflicts(ConflictStore store, UserDirectory directory, Meetings meetings, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.directory = directory;
		this.meetings = meetings;
		this.events = events;
		this.clock = clock;
	}

	/** Registers a conflict; its parties and their heads are told. */
	public Conflict raise(ConflictDraft draft, CurrentUser by) {
		String title = Words.required("title", draft.title(), 200);
		String theme = Words.required("theme", draft.theme(), 120);
		String description = Words.required("description", draft.description(), 4000);
		if (Themes.key(theme).isEmpty()) {
			throw new InputRejectedException("theme", "name the theme in a few words of three letters or more");
		}
		Map<UserId, UserSummary> people = people();
		Set<UserId> parties = new LinkedHashSet<>(draft.parties());
		if (parties.isEmpty() || parties.size() > 20
				|| parties.stream().anyMatch(party -> !people.containsKey(party) || !people.get(party).enabled())) {
			throw new InputRejectedException("parties", "name 1 to 20 people who can log in");
		}
		UUID id = UUID.randomUUID();
		this.store.insert(id, title, theme, Themes.key(theme), description, by.id(), by.displayName(),
				this.clock.instant(), parties, draft.causes());
		Conflict conflict = get(id);
		List<UserId> audience = people.values()
			.stream()
			.filter(UserSummary::enabled)
			.filter(person -> !person.id().equals(by.id()))
			.filter(person -> mayRead(conflict, CurrentUser.of(person), people))
			.filter(person -> person.role() != Role.ADMIN && person.role() != Role.LEADERSHIP)
			.map(UserSummary::id)
			.toList();
		this.events.publishEvent(new ConflictRaised(id, title, by.displayName(), audience));
		return conflict;
	}

	/** The conflicts the viewer may see, the latest first. */
	@Transactional(readOnly = true)
	public List<Conflict> visibleTo(CurrentUser viewer) {
		Map<UserId, UserSummary> people = people();
		return this.store.all()
			.stream()
			.map(row -> conflict(row, people))
			.filter(conflict -> mayRead(conflict, viewer, people))
			.toList();
	}

	/** The conflict, if the viewer may see it. */
	@Transactional(readOnly = true)
	public Optional<Conflict> find(UUID id, CurrentUser viewer) {
		Map<UserId, UserSummary> people = people();
		return this.store.find(id).map(row -> conflict(row, people)).filter(c -> mayRead(c, viewer, people));
	}

	/** Whether the viewer may act on the conflict: the heads who see it, and admins. */
	@Transactional(readOnly = true)
	public boolean mayAct(Conflict conflict, CurrentUser viewer) {
		return viewer.role() == Role.ADMIN || (viewer.role() == Role.MANAGER && mayRead(conflict, viewer, people()));
	}

	/** Earlier and later conflicts on the same theme. */
	public record Repeats(List<Conflict> shown, int hidden) {

		public int total() {
			return this.shown.size() + this.hidden;
		}

	}

	/**
	 * The other conflicts on the same theme: those the viewer may see by name, the others
	 * only counted.
	 */
	@Transactional(readOnly = true)
	public Repeats repeats(Conflict conflict, CurrentUser viewer) {
		Map<UserId, UserSummary> people = people();
		String key = Themes.key(conflict.theme());
		List<Conflict> shown = new ArrayList<>();
		int hidden = 0;
		for (ConflictStore.Row row : this.store.all()) {
			if (row.id().equals(conflict.id()) || !Themes.same(key, row.themeKey())) {
				continue;
			}
			Conflict other = conflict(row, people);
			if (mayRead(other, viewer, people)) {
				shown.add(other);
			}
			else {
				hidden++;
			}
		}
		return new Repeats(shown, hidden);
	}

	/** The themes that came up more than once among the conflicts the viewer sees. */
	@Transactional(readOnly = true)
	public Map<String, Long> repeatedThemes(CurrentUser viewer) {
		List<Conflict> visible = visibleTo(viewer);
		Map<String, Long> themes = new java.util.LinkedHashMap<>();
		List<Conflict> left = new ArrayList<>(visible);
		while (!left.isEmpty()) {
			Conflict first = left.remove(0);
			String key = Themes.key(first.theme());
			long same = 1 + left.stream().filter(other -> Themes.same(key, Themes.key(other.theme()))).count();
			left.removeIf(other -> Themes.same(key, Themes.key(other.theme())));
			if (same > 1) {
				themes.put(first.theme(), same);
			}
		}
		return themes;
	}

	public Conflict classify(UUID id, Set<Cause> causes, CurrentUser by) {
		Conflict conflict = acting(id, by);
		this.store.setCauses(conflict.id(), causes);
		return get(id);
	}

	/**
	 * Sets a one-off mediation meeting with both sides: the parties, the one who raised
	 * it and the head who sets it.
	 */
	public Conflict mediate(UUID id, LocalDate on, LocalTime at, String timeZone, int minutes, long version,
			CurrentUser by) {
		Conflict conflict = acting(id, by);
		if (conflict.status() == ConflictStatus.RESOLVED) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "status", "the conflict is resolved");
		}
		Set<UserId> participants = new LinkedHashSet<>();
		conflict.parties().forEach(party -> participants.add(party.user()));
		participants.add(conflict.raisedBy());
		participants.add(by.id());
		String title = "⚖ " + conflict.title();
		MeetingSeries series = this.meetings.createSeries(
				new SeriesDraft(MeetingKind.AD_HOC, title.length() > 150 ? title.substring(0, 149) + "…" : title,
						timeZone, on.getDayOfWeek(), at, minutes, 1, on, List.copyOf(participants)),
				by);
		UUID meeting = this.meetings.meetingsOf(series.id(), 1).get(0).id();
		move(conflict, ConflictStatus.MEDIATION, meeting, null, null, version);
		return get(id);
	}

	/** Adds a measure to the action plan: an action item with an owner and a deadline. */
	public ActionItem measure(UUID id, String title, UserId owner, LocalDate dueOn, CurrentUser by) {
		Conflict conflict = acting(id, by);
		if (conflict.status() == ConflictStatus.RESOLVED) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "status", "the conflict is resolved");
		}
		ActionItem item = this.meetings.assign(new ActionOrigin(ORIGIN, id, conflict.title(), "/conflicts/" + id),
				title, owner, dueOn, by);
		if (conflict.status() != ConflictStatus.MONITORING) {
			move(conflict, ConflictStatus.MONITORING, conflict.meeting(), null, null, conflict.version());
		}
		return item;
	}

	/** The action plan's measures, the open ones first. */
	@Transactional(readOnly = true)
	public List<ActionItem> plan(Conflict conflict) {
		return this.meetings.itemsFrom(ORIGIN, conflict.id());
	}

	public Note note(UUID id, String body, CurrentUser by) {
		Conflict conflict = find(id, by).orElseThrow(() -> new NotFoundException("Conflict", id));
		Note note = new Note(UUID.randomUUID(), by.displayName(), Words.required("body", body, 2000),
				this.clock.instant());
		this.store.insertNote(conflict.id(), note);
		return note;
	}

	@Transactional(readOnly = true)
	public List<Note> notes(Conflict conflict) {
		return this.store.notes(conflict.id());
	}

	/** Closes a conflict with what resolved it. */
	public Conflict resolve(UUID id, String resolution, long version, CurrentUser by) {
		Conflict conflict = acting(id, by);
		move(conflict, ConflictStatus.RESOLVED, conflict.meeting(), Words.required("resolution", resolution, 2000),
				this.clock.instant(), version);
		return get(id);
	}

	/** Opens a resolved conflict again, to be watched. */
	public Conflict reopen(UUID id, long version, CurrentUser by) {
		Conflict conflict = acting(id, by);
		move(conflict, ConflictStatus.MONITORING, conflict.meeting(), null, null, version);
		return get(id);
	}

	private void move(Conflict conflict, ConflictStatus status, @Nullable UUID meeting, @Nullable String resolution,
			@Nullable Instant resolvedAt, long version) {
		if (!this.store.update(conflict.id(), status, meeting, resolution, resolvedAt, version)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "version",
					"the conflict was changed by someone else; reload it");
		}
	}

	private Conflict acting(UUID id, CurrentUser by) {
		Conflict conflict = find(id, by).orElseThrow(() -> new NotFoundException("Conflict", id));
		if (!mayAct(conflict, by)) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "conflict",
					"the heads of the parties' departments act on a conflict");
		}
		return conflict;
	}

	private Conflict get(UUID id) {
		return this.store.find(id)
			.map(row -> conflict(row, people()))
			.orElseThrow(() -> new NotFoundException("Conflict", id));
	}

	/**
	 * Parties, the one who raised it, leadership and admins see a conflict, and so do the
	 * heads of a party's department.
	 */
	private static boolean mayRead(Conflict conflict, CurrentUser viewer, Map<UserId, UserSummary> people) {
		if (viewer.role() == Role.ADMIN || viewer.role() == Role.LEADERSHIP || conflict.involves(viewer.id())) {
			return true;
		}
		if (viewer.role() != Role.MANAGER) {
			return false;
		}
		UserSummary head = people.get(viewer.id());
		TeamKind department = head == null ? null : head.department();
		return department != null && conflict.parties().stream().anyMatch(party -> department == party.department());
	}

	private Conflict conflict(ConflictStore.Row row, Map<UserId, UserSummary> people) {
		List<Party> parties = row.parties().stream().map(user -> {
			UserSummary person = people.get(user);
			return new Party(user, person == null ? "—" : person.displayName(),
					person == null ? null : person.department());
		}).sorted(Comparator.comparing(Party::name)).toList();
		return new Conflict(row.id(), row.title(), row.theme(), row.description(), row.raisedBy(), row.raisedByName(),
				row.raisedAt(), row.status(), row.causes(), parties, row.meeting(), row.resolution(), row.resolvedAt(),
				row.version());
	}

	private Map<UserId, UserSummary> people() {
		return this.directory.all().stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

}
