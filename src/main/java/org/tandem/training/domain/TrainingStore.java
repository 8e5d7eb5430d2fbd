package org.tandem.training.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;
import org.tandem.training.Attendance;
import org.tandem.training.Enrolment;
import org.tandem.training.Programme;
import org.tandem.training.Session;
import org.tandem.training.SessionFormat;

/** Programmes, sessions and enrolments, as rows. Skills are kept one per line. */
@Component
public class TrainingStore {

	private final JdbcClient jdbc;

	TrainingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Programme programme, Instant at) {
		this.jdbc
			.sql("INSERT INTO training_programme (id, title, description, taught_by, skills, created_by_name, "
					+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(programme.id(), programme.title(), programme.description(), programme.taughtBy().name(),
					String.join("\n", programme.skills()), programme.createdBy(), Timestamp.from(at))
			.update();
	}

	public List<Programme> programmes() {
		return this.jdbc.sql("SELECT * FROM training_programme ORDER BY created_at DESC")
			.query((rs, n) -> new Programme(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("description"), TeamKind.valueOf(rs.getString("taught_by")),
					Arrays.stream(rs.getString("skills").split("\n")).filter(skill -> !skill.isBlank()).toList(),
					rs.getString("created_by_name")))
			.list();
	}

	public Optional<Programme> programme(UUID id) {
		return programmes().stream().filter(programme -> programme.id().equals(id)).findFirst();
	}

	public void insert(Session session) {
		this.jdbc
			.sql("INSERT INTO training_session (id, programme_id, title, format, starts_at, minutes, trainer_id, "
					+ "trainer_name, materials, capacity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(session.id(), session.programme(), session.title(), session.format().name(),
					Timestamp.from(session.startsAt()), session.minutes(), session.trainer().value(),
					session.trainerName(), session.materials(), session.capacity())
			.update();
	}

	public List<Session> sessions() {
		return this.jdbc.sql("SELECT * FROM training_session ORDER BY starts_at")
			.query((rs, n) -> new Session(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
					rs.getString("title"), SessionFormat.valueOf(rs.getString("format")),
					rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getInt("minutes"),
					new UserId(rs.getObject("trainer_id", UUID.class)), rs.getString("trainer_name"),
					rs.getString("materials"), rs.getInt("capacity")))
			.list();
	}

	/** Enrols a person; false when they already were. */
	public boolean enrol(UUID session, UserId person) {
		if (this.jdbc.sql("SELECT COUNT(*) FROM training_enrolment WHERE session_id = ? AND user_id = ?")
			.params(session, person.value())
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		this.jdbc.sql("INSERT INTO training_enrolment (session_id, user_id, attendance) VALUES (?, ?, 'ENROLLED')")
			.params(session, person.value())
			.update();
		return true;
	}

	public long enrolled(UUID session) {
		return this.jdbc.sql("SELECT COUNT(*) FROM training_enrolment WHERE session_id = ?")
			.param(session)
			.query(Long.class)
			.single();
	}

	public void leave(UUID session, UserId person) {
		this.jdbc.sql("DELETE FROM training_enrolment WHERE session_id = ? AND user_id = ? AND attendance = 'ENROLLED'")
			.params(session, person.value())
			.update();
	}

	public void attendance(UUID session, UserId person, Attendance attendance) {
		this.jdbc.sql("UPDATE training_enrolment SET attendance = ? WHERE session_id = ? AND user_id = ?")
			.params(attendance.name(), session, person.value())
			.update();
	}

	/**
	 * Records an attendee's rating once; false when they were not there or rated already.
	 */
	public boolean rate(UUID session, UserId person, int rating, @Nullable String comment, Instant at) {
		return this.jdbc
			.sql("UPDATE training_enrolment SET rating = ?, comment = ?, rated_at = ? WHERE session_id = ? "
					+ "AND user_id = ? AND attendance = 'ATTENDED' AND rating IS NULL")
			.params(rating, comment, Timestamp.from(at), session, person.value())
			.update() == 1;
	}

	/** Every enrolment; names are filled in by the caller. */
	public List<Enrolment> enrolments() {
		return this.jdbc.sql("SELECT * FROM training_enrolment").query((rs, n) -> {
			OffsetDateTime rated = rs.getObject("rated_at", OffsetDateTime.class);
			return new Enrolment(rs.getObject("session_id", UUID.class),
					new UserId(rs.getObject("user_id", UUID.class)), "", Attendance.valueOf(rs.getString("attendance")),
					(Integer) rs.getObject("rating"), rs.getString("comment"),
					rated == null ? null : rated.toInstant());
		}).list();
	}

}
