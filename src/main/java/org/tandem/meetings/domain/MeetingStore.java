package org.tandem.meetings.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.identity.UserId;
import org.tandem.meetings.ActionItem;
import org.tandem.meetings.ActionOrigin;
import org.tandem.meetings.ActionStatus;
import org.tandem.meetings.AgendaLine;
import org.tandem.meetings.AgendaSection;
import org.tandem.meetings.Decision;
import org.tandem.meetings.Meeting;
import org.tandem.meetings.MeetingKind;
import org.tandem.meetings.MeetingSeries;
import org.tandem.meetings.MeetingStatus;
import org.tandem.meetings.SeriesDraft;
import org.tandem.platform.InLists;

/**
 * Meeting series, meetings, their agendas, decisions and action items, as rows.
 */
@Component
public class MeetingStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MEETING = "SELECT m.*, s.title, s.kind, s.time_zone FROM meetings_meeting m "
			+ "JOIN meetings_series s ON s.id = m.series_id ";

	private static final String ITEM = "SELECT i.*, COALESCE(s.title, i.origin_title) AS source_title, "
			+ "COALESCE(m.starts_at, i.created_at) AS raised_at FROM meetings_action_item i "
			+ "LEFT JOIN meetings_series s ON s.id = i.series_id LEFT JOIN meetings_meeting m ON m.id = i.meeting_id ";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	MeetingStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	// series

	public void insertSeries(UUID id, SeriesDraft draft, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO meetings_series (id, kind, title, time_zone, weekday, start_time, duration_minutes, "
					+ "prepare_days, first_on, created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, draft.kind().name(), draft.title().strip(), draft.timeZone(), draft.weekday().getValue(),
					draft.startTime(), draft.durationMinutes(), draft.prepareDays(), draft.firstOn(), by,
					Timestamp.from(at))
			.update();
	}

	/** Changes what may change once meetings are on the calendar; false when stale. */
	public boolean updateSeries(UUID id, String title, int prepareDays, boolean active, long version) {
		return this.jdbc
			.sql("UPDATE meetings_series SET title = ?, prepare_days = ?, active = ?, version = version + 1 "
					+ "WHERE id = ? AND version = ?")
			.params(title.strip(), prepareDays, active, id, version)
			.update() == 1;
	}

	public void replaceSections(UUID series, List<MeetingSeries.Section> sections) {
		this.jdbc.sql("DELETE FROM meetings_section WHERE series_id = ?").param(series).update();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			MeetingSeries.Section section = sections.get(i);
			rows.add(new Object[] { series, i, section.section().name(), section.title() });
		}
		this.template.batchUpdate(
				"INSERT INTO meetings_section (series_id, position, section, title) VALUES (?, ?, ?, ?)", rows);
	}

	public void replaceParticipants(UUID series, Collection<UserId> participants) {
		this.jdbc.sql("DELETE FROM meetings_participant WHERE series_id = ?").param(series).update();
		this.template.batchUpdate("INSERT INTO meetings_participant (series_id, user_id) VALUES (?, ?)",
				participants.stream().distinct().map(user -> new Object[] { series, user.value() }).toList());
	}

	public Optional<MeetingSeries> series(UUID id) {
		return all("WHERE id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Every series, the active ones first, by title. */
	public List<MeetingSeries> allSeries() {
		return all("", Map.of());
	}

	private List<MeetingSeries> all(String where, Map<String, Object> params) {
		Map<UUID, MeetingSeries> series = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM meetings_series " + where + " ORDER BY active DESC, title")
			.params(params)
			.query((rs, row) -> series.put(rs.getObject("id", UUID.class), mapSeries(rs)))
			.list();
		if (series.isEmpty()) {
			return List.of();
		}
		InLists.select(this.jdbc,
				"SELECT series_id, section, title FROM meetings_section WHERE series_id IN (:values) "
						+ "ORDER BY series_id, position",
				series.keySet(),
				(rs, row) -> series.get(rs.getObject("series_id", UUID.class))
					.sections()
					.add(new MeetingSeries.Section(AgendaSection.valueOf(rs.getString("section")),
							rs.getString("title"))));
		InLists.select(this.jdbc, "SELECT series_id, user_id FROM meetings_participant WHERE series_id IN (:values)",
				series.keySet(),
				(rs, row) -> series.get(rs.getObject("series_id", UUID.class))
					.participants()
					.add(new UserId(rs.getObject("user_id", UUID.class))));
		return series.values()
			.stream()
			.map(one -> new MeetingSeries(one.id(), one.kind(), one.title(), one.timeZone(), one.weekday(),
					one.startTime(), one.durationMinutes(), one.prepareDays(), one.firstOn(), one.active(),
					List.copyOf(one.sections()), List.copyOf(one.participants()), one.version()))
			.toList();
	}

	private static MeetingSeries mapSeries(ResultSet rs) throws SQLException {
		return new MeetingSeries(rs.getObject("id", UUID.class), MeetingKind.valueOf(rs.getString("kind")),
				rs.getString("title"), ZoneId.of(rs.getString("time_zone")), DayOfWeek.of(rs.getInt("weekday")),
				rs.getObject("start_time", LocalTime.class), rs.getInt("duration_minutes"), rs.getInt("prepare_days"),
				rs.getObject("first_on", LocalDate.class), rs.getBoolean("active"), new ArrayList<>(),
				new ArrayList<>(), rs.getLong("version"));
	}

	// meetings

	/** Puts a meeting on the calendar unless the series has one at that time. */
	public void insertMeeting(UUID series, Instant startsAt, Instant endsAt) {
		this.jdbc
			.sql("INSERT INTO meetings_meeting (id, series_id, starts_at, ends_at, status) VALUES (?, ?, ?, ?, ?) "
					+ "ON CONFLICT DO NOTHING")
			.params(UUID.randomUUID(), series, Timestamp.from(startsAt), Timestamp.from(endsAt),
					MeetingStatus.PLANNED.name())
			.update();
	}

	public Optional<Meeting> meeting(UUID id) {
		return this.jdbc.sql(MEETING + "WHERE m.id = ?").param(id).query(MeetingStore::mapMeeting).optional();
	}

	/** The meetings of a series, the latest first. */
	public List<Meeting> meetingsOf(UUID series, int limit) {
		return this.jdbc.sql(MEETING + "WHERE m.series_id = ? ORDER BY m.starts_at DESC")
			.param(series)
			.query(MeetingStore::mapMeeting)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** The meeting of the series just before {@code startsAt}, if any. */
	public Optional<Meeting> previous(UUID series, Instant startsAt) {
		return this.jdbc
			.sql(MEETING + "WHERE m.series_id = ? AND m.starts_at < ? AND m.status <> 'CANCELLED' "
					+ "ORDER BY m.starts_at DESC")
			.params(series, Timestamp.from(startsAt))
			.query(MeetingStore::mapMeeting)
			.stream()
			.findFirst();
	}

	/**
	 * Meetings starting in the window, of the series {@code user} takes part in (or all,
	 * when {@code user} is null), the soonest first.
	 */
	public List<Meeting> between(Instant from, Instant to, @Nullable UserId user) {
		String mine = user == null ? ""
				: "AND m.series_id IN (SELECT series_id FROM meetings_participant WHERE user_id = :user) ";
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", Timestamp.from(from));
		params.put("to", Timestamp.from(to));
		if (user != null) {
			params.put("user", user.value());
		}
		return this.jdbc
			.sql(MEETING + "WHERE m.starts_at >= :from AND m.starts_at < :to " + mine + "ORDER BY m.starts_at")
			.params(params)
			.query(MeetingStore::mapMeeting)
			.list();
	}

	/** Planned meetings of active series starting before {@code until}. */
	public List<Meeting> plannedBefore(Instant until) {
		return this.jdbc
			.sql(MEETING + "WHERE m.status = 'PLANNED' AND s.active = TRUE AND m.starts_at < ? ORDER BY m.starts_at")
			.param(Timestamp.from(until))
			.query(MeetingStore::mapMeeting)
			.list();
	}

	/** Marks the agenda filled; false when another instance did it first. */
	public boolean markPrepared(UUID meeting, Instant at) {
		return this.jdbc
			.sql("UPDATE meetings_meeting SET status = 'PREPARED', prepared_at = ?, version = version + 1 "
					+ "WHERE id = ? AND status = 'PLANNED'")
			.params(Timestamp.from(at), meeting)
			.update() == 1;
	}

	public void refreshed(UUID meeting, Instant at) {
		this.jdbc.sql("UPDATE meetings_meeting SET prepared_at = ? WHERE id = ?")
			.params(Timestamp.from(at), meeting)
			.update();
	}

	/** Records the minutes and the meeting's status; false when stale. */
	public boolean record(UUID meeting, @Nullable String minutes, MeetingStatus status, @Nullable Instant heldAt,
			long version) {
		return this.jdbc
			.sql("UPDATE meetings_meeting SET minutes = ?, status = ?, held_at = COALESCE(held_at, ?), "
					+ "version = version + 1 WHERE id = ? AND version = ?")
			.params(minutes, status.name(), heldAt == null ? null : Timestamp.from(heldAt), meeting, version)
			.update() == 1;
	}

	private static Meeting mapMeeting(ResultSet rs, int row) throws SQLException {
		OffsetDateTime prepared = rs.getObject("prepared_at", OffsetDateTime.class);
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("series_id", UUID.class), rs.getString("title"),
				MeetingKind.valueOf(rs.getString("kind")), ZoneId.of(rs.getString("time_zone")),
				rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
				rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
				MeetingStatus.valueOf(rs.getString("status")), rs.getString("minutes"),
				prepared == null ? null : prepared.toInstant(), rs.getLong("version"));
	}

	// agenda

	/** Replaces the lines filled from the numbers; the participants' topics stay. */
	public void replaceFilled(UUID meeting, List<AgendaLine> lines) {
		this.jdbc.sql("DELETE FROM meetings_agenda_line WHERE meeting_id = ? AND source <> 'TOPIC'")
			.param(meeting)
			.update();
		this.template.batchUpdate(
				"INSERT INTO meetings_agenda_line (id, meeting_id, section, position, source, "
						+ "message, args, link, added_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				lines.stream().map(line -> lineRow(meeting, line)).toList());
	}

	public void addLine(UUID meeting, AgendaLine line) {
		this.template.update(
				"INSERT INTO meetings_agenda_line (id, meeting_id, section, position, source, "
						+ "message, args, link, added_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				lineRow(meeting, line));
	}

	public boolean removeTopic(UUID meeting, UUID line) {
		return this.jdbc.sql("DELETE FROM meetings_agenda_line WHERE id = ? AND meeting_id = ? AND source = 'TOPIC'")
			.params(line, meeting)
			.update() == 1;
	}

	private static Object[] lineRow(UUID meeting, AgendaLine line) {
		return new Object[] { line.id(), meeting, line.section().name(), line.position(), line.source().name(),
				line.message(), JSON.writeValueAsString(line.args()), line.link(), line.addedBy() };
	}

	/** The agenda's lines, by section, in order; topics after the filled lines. */
	public List<AgendaLine> lines(UUID meeting) {
		return this.jdbc
			.sql("SELECT * FROM meetings_agenda_line WHERE meeting_id = ? "
					+ "ORDER BY section, CASE WHEN source = 'TOPIC' THEN 1 ELSE 0 END, position")
			.param(meeting)
			.query((rs, row) -> new AgendaLine(rs.getObject("id", UUID.class),
					AgendaSection.valueOf(rs.getString("section")), rs.getInt("position"),
					AgendaLine.Source.valueOf(rs.getString("source")), rs.getString("message"),
					JSON.readValue(rs.getString("args"), new TypeReference<List<String>>() {
					}), rs.getString("link"), rs.getString("added_by_name")))
			.list();
	}

	// decisions

	public void insertDecision(Decision decision) {
		this.jdbc
			.sql("INSERT INTO meetings_decision (id, meeting_id, text, recorded_by_name, recorded_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(decision.id(), decision.meeting(), decision.text(), decision.recordedBy(),
					Timestamp.from(decision.recordedAt()))
			.update();
	}

	public List<Decision> decisions(UUID meeting) {
		return this.jdbc.sql("SELECT * FROM meetings_decision WHERE meeting_id = ? ORDER BY recorded_at")
			.param(meeting)
			.query((rs, row) -> new Decision(rs.getObject("id", UUID.class), meeting, rs.getString("text"),
					rs.getString("recorded_by_name"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	// action items

	public void insertItem(UUID id, UUID series, UUID meeting, String title, UserId owner, String ownerName,
			LocalDate dueOn, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO meetings_action_item (id, series_id, meeting_id, title, owner_id, owner_name, due_on, "
					+ "status, created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")
			.params(id, series, meeting, title.strip(), owner.value(), ownerName, dueOn, by, Timestamp.from(at))
			.update();
	}

	/** An item agreed outside a meeting, with where it comes from. */
	public void insertItem(UUID id, ActionOrigin origin, String title, UserId owner, String ownerName, LocalDate dueOn,
			String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO meetings_action_item (id, origin_kind, origin_id, origin_title, origin_link, title, "
					+ "owner_id, owner_name, due_on, status, created_by_name, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")
			.params(id, origin.kind(), origin.id(), origin.title(), origin.link(), title.strip(), owner.value(),
					ownerName, dueOn, by, Timestamp.from(at))
			.update();
	}

	/** The items agreed on an origin, the open ones first, the earliest due first. */
	public List<ActionItem> itemsFrom(String kind, UUID origin) {
		return this.jdbc
			.sql(ITEM + "WHERE i.origin_kind = ? AND i.origin_id = ? "
					+ "ORDER BY CASE WHEN i.status = 'OPEN' THEN 0 ELSE 1 END, i.due_on, i.created_at")
			.params(kind, origin)
			.query(MeetingStore::mapItem)
			.list();
	}

	public Optional<ActionItem> item(UUID id) {
		return this.jdbc.sql(ITEM + "WHERE i.id = ?").param(id).query(MeetingStore::mapItem).optional();
	}

	/** Closes or reopens an item; false when stale. */
	public boolean setStatus(UUID id, ActionStatus status, @Nullable Instant closedAt, long version) {
		return this.jdbc
			.sql("UPDATE meetings_action_item SET status = ?, closed_at = ?, version = version + 1 "
					+ "WHERE id = ? AND version = ?")
			.params(status.name(), closedAt == null ? null : Timestamp.from(closedAt), id, version)
			.update() == 1;
	}

	/**
	 * The series' items that are open, with those closed since {@code closedSince}: what
	 * a meeting goes through. The earliest due first.
	 */
	public List<ActionItem> itemsOf(UUID series, Instant closedSince) {
		return this.jdbc
			.sql(ITEM + "WHERE i.series_id = ? AND (i.status = 'OPEN' OR i.closed_at >= ?) ORDER BY i.due_on, "
					+ "i.created_at")
			.params(series, Timestamp.from(closedSince))
			.query(MeetingStore::mapItem)
			.list();
	}

	/** A person's items, the open ones first, the earliest due first. */
	public List<ActionItem> ownedBy(UserId owner, boolean openOnly) {
		return this.jdbc
			.sql(ITEM + "WHERE i.owner_id = ? " + (openOnly ? "AND i.status = 'OPEN' " : "")
					+ "ORDER BY CASE WHEN i.status = 'OPEN' THEN 0 ELSE 1 END, i.due_on, i.created_at")
			.param(owner.value())
			.query(MeetingStore::mapItem)
			.list();
	}

	/** Open items due before {@code today}, of active series. */
	public List<ActionItem> overdue(LocalDate today) {
		return this.jdbc
			.sql(ITEM + "WHERE i.status = 'OPEN' AND i.due_on < ? AND (s.id IS NULL OR s.active = TRUE) "
					+ "ORDER BY i.due_on")
			.param(today)
			.query(MeetingStore::mapItem)
			.list();
	}

	private static ActionItem mapItem(ResultSet rs, int row) throws SQLException {
		OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
		String kind = rs.getString("origin_kind");
		ActionOrigin origin = kind == null ? null : new ActionOrigin(kind, rs.getObject("origin_id", UUID.class),
				rs.getString("origin_title"), rs.getString("origin_link"));
		return new ActionItem(rs.getObject("id", UUID.class), rs.getObject("series_id", UUID.class),
				rs.getObject("meeting_id", UUID.class), origin, rs.getString("source_title"),
				rs.getObject("raised_at", OffsetDateTime.class).toInstant(), rs.getString("title"),
				new UserId(rs.getObject("owner_id", UUID.class)), rs.getString("owner_name"),
				rs.getObject("due_on", LocalDate.class), ActionStatus.valueOf(rs.getString("status")),
				closed == null ? null : closed.toInstant(), rs.getLong("version"));
	}

	// calendar feeds

	public void saveFeed(UserId user, String tokenHash, Instant at) {
		this.jdbc.sql("DELETE FROM meetings_feed WHERE user_id = ?").param(user.value()).update();
		this.jdbc.sql("INSERT INTO meetings_feed (user_id, token_hash, created_at) VALUES (?, ?, ?)")
			.params(user.value(), tokenHash, Timestamp.from(at))
			.update();
	}

	public Optional<UserId> feedOwner(String tokenHash) {
		return this.jdbc.sql("SELECT user_id FROM meetings_feed WHERE token_hash = ?")
			.param(tokenHash)
			.query(UUID.class)
			.optional()
			.map(UserId::new);
	}

	public boolean hasFeed(UserId user) {
		return this.jdbc.sql("SELECT COUNT(*) FROM meetings_feed WHERE user_id = ?")
			.param(user.value())
			.query(Long.class)
			.single() > 0;
	}

}
