package org.tandem.meetings;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.meetings.domain.MeetingStore;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Sha256;

/**
 * Meeting series and their meetings: set-up, the calendar kept some weeks ahead, agendas
 * that fill themselves a few days before each meeting, and what a meeting leaves behind
 * (topics, minutes, decisions, action items).
 *
 * <p>
 * A meeting is seen by its series' participants, the heads of the departments and
 * leadership; they are also the ones who may add to it. An action item's owner may close
 * it wherever the item came from.
 */
@Service
@Transactional
public class Meetings {

	/** How far ahead the calendar is kept. */
	static final Duration HORIZON = Duration.ofDays(42);

	private static final Set<Role> OVERSEERS = Set.of(Role.MANAGER, Role.LEADERSHIP, Role.ADMIN);

	private final MeetingStore store;

	private final AgendaFiller filler;

	private final UserDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Meetings(MeetingStore store, AgendaFiller filler, UserDirectory directory, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.filler = filler;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	// series

	/**
	 * Sets up a series with the playbook's agenda for its kind, and puts it on the
	 * calendar.
	 */
	public MeetingSeries createSeries(SeriesDraft draft, CurrentUser by) {
		zone(draft.timeZone());
		checkParticipants(draft.participants());
		if (draft.kind() == MeetingKind.AD_HOC && draft.firstOn().isBefore(today(ZoneId.of(draft.timeZone())))) {
			throw new InputRejectedException("firstOn", "a one-off meeting cannot be in the past");
		}
		UUID id = UUID.randomUUID();
		this.store.insertSeries(id, draft, by.displayName(), this.clock.instant());
		this.store.replaceSections(id,
				draft.kind().sections().stream().map(section -> new MeetingSeries.Section(section, null)).toList());
		this.store.replaceParticipants(id, draft.participants());
		MeetingSeries series = series(id);
		plan(series);
		return series;
	}

	/**
	 * Changes a series' title, preparation, agenda template and participants; the
	 * meetings already prepared keep their agenda until it is refreshed.
	 */
	public MeetingSeries updateSeries(UUID id, String title, int prepareDays, boolean active,
			List<MeetingSeries.Section> sections, List<UserId> participants, long version) {
		series(id);
		if (title.isBlank() || title.length() > 150) {
			throw new InputRejectedException("title", "must be 1 to 150 characters");
		}
		if (prepareDays < 0 || prepareDays > 14) {
			throw new InputRejectedException("prepareDays", "must be between 0 and 14");
		}
		if (sections.isEmpty() || sections.size() > 20) {
			throw new InputRejectedException("sections", "an agenda has 1 to 20 sections");
		}
		for (MeetingSeries.Section section : sections) {
			if (section.title() != null && section.title().length() > 150) {
				throw new InputRejectedException("sections", "a section's title has at most 150 characters");
			}
		}
		checkParticipants(participants);
		if (!this.store.updateSeries(id, title, prepareDays, active, version)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "version",
					"the series was changed by someone else; reload it");
		}
		this.store.replaceSections(id, sections);
		this.store.replaceParticipants(id, participants);
		MeetingSeries series = series(id);
		plan(series);
		return series;
	}

	@Transactional(readOnly = true)
	public MeetingSeries series(UUID id) {
		return this.store.series(id).orElseThrow(() -> new NotFoundException("Meeting series", id));
	}

	/** The series the viewer takes part in; every series for the heads and leadership. */
	@Transactional(readOnly = true)
	public List<MeetingSeries> seriesFor(CurrentUser viewer) {
		return this.store.allSeries().stream().filter(series -> mayRead(series, viewer)).toList();
	}

	// the calendar

	/** Keeps every active series' meetings on the calendar for the weeks ahead. */
	public void planAll() {
		this.store.allSeries().stream().filter(MeetingSeries::active).forEach(this::plan);
	}

	private void plan(MeetingSeries series) {
		if (!series.active()) {
			return;
		}
		Instant now = this.clock.instant();
		LocalDate day = LocalDate.ofInstant(now, series.timeZone());
		LocalDate until = LocalDate.ofInstant(now.plus(HORIZON), series.timeZone());
		boolean any = false;
		while (true) {
			LocalDate next = series.kind().next(series.firstOn(), series.weekday(), day);
			if (next == null || (any && next.isAfter(until))) {
				return;
			}
			Instant starts = ZonedDateTime.of(next, series.startTime(), series.timeZone()).toInstant();
			if (!starts.isBefore(now) || series.kind() == MeetingKind.AD_HOC) {
				this.store.insertMeeting(series.id(), starts,
						starts.plus(Duration.ofMinutes(series.durationMinutes())));
				any = true;
			}
			if (series.kind() == MeetingKind.AD_HOC) {
				return;
			}
			day = next.plusDays(1);
		}
	}

	/**
	 * Fills the agenda of every planned meeting whose preparation day has come, and sends
	 * it to the participants; returns how many were prepared.
	 */
	public int prepareDue() {
		Instant now = this.clock.instant();
		int prepared = 0;
		for (Meeting meeting : this.store.plannedBefore(now.plus(Duration.ofDays(15)))) {
			MeetingSeries series = series(meeting.series());
			if (!meeting.startsAt().minus(Duration.ofDays(series.prepareDays())).isAfter(now)
					&& this.store.markPrepared(meeting.id(), now)) {
				fill(meeting, series);
				this.events.publishEvent(
						new AgendaReady(meeting.id(), series.title(), meeting.startsAt(), series.participants()));
				prepared++;
			}
		}
		return prepared;
	}

	/**
	 * Fills a meeting's agenda from the numbers now, as asked by one who may see it; the
	 * participants' topics stay. A meeting that was only planned counts as prepared.
	 */
	public Meeting refresh(UUID id, CurrentUser by) {
		Meeting meeting = visible(id, by);
		if (meeting.status() == MeetingStatus.HELD || meeting.status() == MeetingStatus.CANCELLED) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "status", "the meeting is over");
		}
		MeetingSeries series = series(meeting.series());
		if (this.store.markPrepared(id, this.clock.instant())) {
			fill(meeting, series);
			this.events
				.publishEvent(new AgendaReady(meeting.id(), series.title(), meeting.startsAt(), series.participants()));
		}
		else {
			fill(meeting, series);
		}
		return meeting(id, by);
	}

	private void fill(Meeting meeting, MeetingSeries series) {
		this.store.replaceFilled(meeting.id(), this.filler.fill(meeting, series));
		this.store.refreshed(meeting.id(), this.clock.instant());
	}

	/**
	 * Reminds the participants of the meetings starting within a day, and the owners of
	 * open action items past their due date. Saying it again is harmless: a reminder has
	 * the same id each time and is told once.
	 */
	public void remindAll() {
		Instant now = this.clock.instant();
		for (Meeting meeting : this.store.between(now, now.plus(Duration.ofDays(1)), null)) {
			if (meeting.status() != MeetingStatus.CANCELLED && meeting.status() != MeetingStatus.HELD) {
				this.events.publishEvent(new MeetingSoon(meeting.id(), meeting.title(), meeting.startsAt(),
						series(meeting.series()).participants()));
			}
		}
		for (ActionItem item : this.store.overdue(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			this.events.publishEvent(new ActionItemOverdue(item.id(), item.title(), item.owner(), item.dueOn()));
		}
	}

	// one meeting

	@Transactional(readOnly = true)
	public Meeting meeting(UUID id, CurrentUser viewer) {
		return visible(id, viewer);
	}

	/** The meeting, if the viewer may see it. */
	@Transactional(readOnly = true)
	public Optional<Meeting> find(UUID id, CurrentUser viewer) {
		return this.store.meeting(id).filter(meeting -> mayRead(series(meeting.series()), viewer));
	}

	/** The series, if the viewer takes part in it or oversees every series. */
	@Transactional(readOnly = true)
	public MeetingSeries series(UUID id, CurrentUser viewer) {
		MeetingSeries series = series(id);
		if (!mayRead(series, viewer)) {
			throw new NotFoundException("Meeting series", id);
		}
		return series;
	}

	private static boolean mayRead(MeetingSeries series, CurrentUser viewer) {
		return overseer(viewer) || series.participants().contains(viewer.id());
	}

	/** The meeting as the system sees it, for invitations and messages. */
	@Transactional(readOnly = true)
	public Meeting meeting(UUID id) {
		return this.store.meeting(id).orElseThrow(() -> new NotFoundException("Meeting", id));
	}

	@Transactional(readOnly = true)
	public List<AgendaLine> agenda(UUID id) {
		return this.store.lines(id);
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(UUID id) {
		return this.store.decisions(id);
	}

	/**
	 * What the meeting goes through: its series' open action items (those carried over
	 * included) and those closed since the previous meeting.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> items(Meeting meeting) {
		Instant since = this.store.previous(meeting.series(), meeting.startsAt())
			.map(Meeting::startsAt)
			.orElse(meeting.startsAt().minus(Duration.ofDays(7)));
		return this.store.itemsOf(meeting.series(), since);
	}

	/** A series' meetings, the latest first. */
	@Transactional(readOnly = true)
	public List<Meeting> meetingsOf(UUID series, int limit) {
		return this.store.meetingsOf(series, limit);
	}

	/** The meetings the viewer may see that start in the window, the soonest first. */
	@Transactional(readOnly = true)
	public List<Meeting> between(Instant from, Instant to, CurrentUser viewer) {
		return this.store.between(from, to, overseer(viewer) ? null : viewer.id());
	}

	/** The meetings of the series a person takes part in, for their calendar feed. */
	@Transactional(readOnly = true)
	public List<Meeting> calendarOf(UserId user) {
		Instant now = this.clock.instant();
		return this.store.between(now.minus(Duration.ofDays(90)), now.plus(HORIZON.multipliedBy(3)), user);
	}

	public void addTopic(UUID id, AgendaSection section, String text, CurrentUser by) {
		Meeting meeting = editable(id, by);
		MeetingSeries series = series(meeting.series());
		if (series.sections().stream().noneMatch(one -> one.section() == section)) {
			throw new InputRejectedException("section", "is not a section of this meeting's agenda");
		}
		String topic = text.strip();
		if (topic.isEmpty() || topic.length() > 500) {
			throw new InputRejectedException("text", "a topic has 1 to 500 characters");
		}
		int position = (int) this.store.lines(id).stream().filter(line -> line.section() == section).count();
		this.store.addLine(id, new AgendaLine(UUID.randomUUID(), section, position, AgendaLine.Source.TOPIC,
				"agenda.topic", List.of(topic), null, by.displayName()));
	}

	public void removeTopic(UUID id, UUID line, CurrentUser by) {
		editable(id, by);
		if (!this.store.removeTopic(id, line)) {
			throw new NotFoundException("Agenda topic", line);
		}
	}

	/** Records the minutes, and whether the meeting took place or was called off. */
	public Meeting record(UUID id, @Nullable String minutes, MeetingStatus status, long version, CurrentUser by) {
		Meeting meeting = editable(id, by);
		if (minutes != null && minutes.length() > 20000) {
			throw new InputRejectedException("minutes", "at most 20000 characters");
		}
		if (status == MeetingStatus.PLANNED) {
			status = meeting.status() == MeetingStatus.PLANNED ? MeetingStatus.PLANNED : meeting.status();
		}
		String text = minutes == null || minutes.isBlank() ? null : minutes.strip();
		if (!this.store.record(id, text, status, status == MeetingStatus.HELD ? this.clock.instant() : null, version)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "version",
					"the meeting was changed by someone else; reload it");
		}
		return meeting(id, by);
	}

	public Decision decide(UUID id, String text, CurrentUser by) {
		editable(id, by);
		String decision = text.strip();
		if (decision.isEmpty() || decision.length() > 1000) {
			throw new InputRejectedException("text", "a decision has 1 to 1000 characters");
		}
		Decision recorded = new Decision(UUID.randomUUID(), id, decision, by.displayName(), this.clock.instant());
		this.store.insertDecision(recorded);
		return recorded;
	}

	// action items

	/** Gives a task to someone, due on a day; it is theirs until it is closed. */
	public ActionItem assign(UUID meetingId, String title, UserId owner, LocalDate dueOn, CurrentUser by) {
		Meeting meeting = editable(meetingId, by);
		String task = task(title);
		UserSummary person = owner(owner);
		if (dueOn.isBefore(LocalDate.ofInstant(meeting.startsAt(), meeting.timeZone()).minusYears(1))
				|| dueOn.isAfter(LocalDate.ofInstant(meeting.startsAt(), meeting.timeZone()).plusYears(2))) {
			throw new InputRejectedException("dueOn", "must be within two years of the meeting");
		}
		UUID id = UUID.randomUUID();
		this.store.insertItem(id, meeting.series(), meeting.id(), task, owner, person.displayName(), dueOn,
				by.displayName(), this.clock.instant());
		this.events.publishEvent(new ActionItemAssigned(id, task, owner, dueOn, "/meetings/items/" + id));
		return item(id);
	}

	/**
	 * Gives a task agreed outside a meeting (on a diagnostics round, a joint project, a
	 * conflict's plan) to someone, due on a day: it is on their list, reminded and
	 * tracked like an item from a meeting. The module that calls checks who may give it.
	 */
	public ActionItem assign(ActionOrigin origin, String title, UserId owner, LocalDate dueOn, CurrentUser by) {
		String task = task(title);
		UserSummary person = owner(owner);
		LocalDate today = LocalDate.now(this.clock);
		if (dueOn.isBefore(today.minusDays(1)) || dueOn.isAfter(today.plusYears(2))) {
			throw new InputRejectedException("dueOn", "must be from today to two years ahead");
		}
		UUID id = UUID.randomUUID();
		this.store.insertItem(id, origin, task, owner, person.displayName(), dueOn, by.displayName(),
				this.clock.instant());
		this.events.publishEvent(new ActionItemAssigned(id, task, owner, dueOn, "/meetings/items/" + id));
		return item(id);
	}

	/** An action item's words: 1 to 300 characters. */
	private static String task(String title) {
		String task = title.strip();
		if (task.isEmpty() || task.length() > 300) {
			throw new InputRejectedException("title", "an action item has 1 to 300 characters");
		}
		return task;
	}

	/** An action item's owner: someone who can log in. */
	private UserSummary owner(UserId owner) {
		return this.directory.find(owner)
			.filter(UserSummary::enabled)
			.orElseThrow(() -> new InputRejectedException("owner", "is not a person who can log in"));
	}

	/** The items agreed on an origin, the open ones first. */
	@Transactional(readOnly = true)
	public List<ActionItem> itemsFrom(String kind, UUID origin) {
		return this.store.itemsFrom(kind, origin);
	}

	/**
	 * Closes (done, dropped) or reopens an item: its owner, the meeting's participants
	 * and the heads; an item from elsewhere, its owner and the heads.
	 */
	public ActionItem setStatus(UUID itemId, ActionStatus status, long version, CurrentUser by) {
		ActionItem item = item(itemId);
		if (!item.owner().equals(by.id())) {
			if (item.meeting() != null) {
				editable(item.meeting(), by);
			}
			else if (by.role() != Role.MANAGER && by.role() != Role.ADMIN) {
				throw new InputRejectedException(HttpStatus.FORBIDDEN, "owner",
						"only its owner and the heads change an item");
			}
		}
		if (!this.store.setStatus(itemId, status, status == ActionStatus.OPEN ? null : this.clock.instant(), version)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "version",
					"the item was changed by someone else; reload it");
		}
		return item(itemId);
	}

	/**
	 * The action item, if the viewer may read its meeting; one from elsewhere, if it is
	 * theirs or they oversee.
	 */
	@Transactional(readOnly = true)
	public Optional<ActionItem> findItem(UUID id, CurrentUser viewer) {
		return this.store.item(id).filter(item -> {
			UUID meeting = item.meeting();
			return meeting != null ? find(meeting, viewer).isPresent()
					: item.owner().equals(viewer.id()) || overseer(viewer);
		});
	}

	@Transactional(readOnly = true)
	public ActionItem item(UUID id) {
		return this.store.item(id).orElseThrow(() -> new NotFoundException("Action item", id));
	}

	/** A person's action items from every series, the open ones first. */
	@Transactional(readOnly = true)
	public List<ActionItem> itemsOf(UserId owner, boolean openOnly) {
		return this.store.ownedBy(owner, openOnly);
	}

	// calendar feeds

	/**
	 * A new secret link to the person's calendar feed; the previous one stops working.
	 */
	public String newFeed(CurrentUser user) {
		String token = "cal_" + UUID.randomUUID().toString().replace("-", "")
				+ UUID.randomUUID().toString().replace("-", "");
		this.store.saveFeed(user.id(), Sha256.hex(token), this.clock.instant());
		return token;
	}

	@Transactional(readOnly = true)
	public boolean hasFeed(CurrentUser user) {
		return this.store.hasFeed(user.id());
	}

	/** Whose feed a secret link opens, if anyone's who can still log in. */
	@Transactional(readOnly = true)
	public @Nullable UserSummary feedOwner(String token) {
		return this.store.feedOwner(Sha256.hex(token))
			.flatMap(this.directory::find)
			.filter(UserSummary::enabled)
			.orElse(null);
	}

	// rules

	private Meeting visible(UUID id, CurrentUser viewer) {
		// not a participant: as if there were no such meeting
		return find(id, viewer).orElseThrow(() -> new NotFoundException("Meeting", id));
	}

	/**
	 * The meeting, if the person may add to it: its participants and the heads;
	 * leadership reads the meetings it does not take part in.
	 */
	private Meeting editable(UUID id, CurrentUser by) {
		Meeting meeting = visible(id, by);
		if (by.role() == Role.LEADERSHIP && !series(meeting.series()).participants().contains(by.id())) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "meeting",
					"leadership reads the meetings it does not take part in");
		}
		if (meeting.status() == MeetingStatus.CANCELLED) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "status", "the meeting was called off");
		}
		return meeting;
	}

	/** Whether one may see every series: the heads of the departments and leadership. */
	public static boolean overseer(CurrentUser viewer) {
		return OVERSEERS.contains(viewer.role());
	}

	/** Every participant must be a Tandem user; a meeting needs at least one. */
	private void checkParticipants(List<UserId> ids) {
		if (ids.isEmpty() || ids.size() > 100) {
			throw new InputRejectedException("participants", "a meeting has 1 to 100 participants");
		}
		if (!this.directory.displayNames(ids).keySet().containsAll(ids)) {
			throw new InputRejectedException("participants", "names someone who is not a Tandem user");
		}
	}

	private static ZoneId zone(String zone) {
		try {
			return ZoneId.of(zone);
		}
		catch (DateTimeException ex) {
			throw new InputRejectedException("timeZone", "is not a time zone such as Europe/Berlin");
		}
	}

	private LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(this.clock.instant(), zone);
	}

}
