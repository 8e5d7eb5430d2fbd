package org.tandem.notifications.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;
import org.tandem.notifications.Comment;
import org.tandem.notifications.CommentSubject;
import org.tandem.notifications.Delivery;
import org.tandem.notifications.Destination;
import org.tandem.notifications.DestinationKind;
import org.tandem.notifications.Digest;
import org.tandem.notifications.Preference;
import org.tandem.notifications.Route;
import org.tandem.notifications.Told;
import org.tandem.notifications.Topic;
import org.tandem.platform.InLists;
import org.tandem.platform.Kept;

/**
 * The bell's messages, people's preferences, destinations and their routes, the hosts an
 * admin allowed, and the outbox of deliveries, as rows.
 */
@Component
public class NotificationStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Kept<Map<TeamId, Map<Topic, Preference>>> teamPreferences;

	private final Kept<List<Route>> routes;

	NotificationStore(JdbcClient jdbc, JdbcTemplate template, @Value("${tandem.settings.refresh:2s}") Duration kept) {
		this.jdbc = jdbc;
		this.template = template;
		this.teamPreferences = new Kept<>(kept, this::readTeamPreferences);
		this.routes = new Kept<>(kept, () -> List.copyOf(readRoutes()));
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	// the bell

	/** A bell message for each person, once per event. */
	/** What one notice puts in its people's in-app lists. */
	public record InApp(UUID event, Topic topic, Collection<UserId> users, String message, List<String> args,
			@Nullable String link, Instant at) {
	}

	/** Puts many notices in their people's in-app lists, in one batch. */
	public void insertMessages(List<InApp> notices) {
		List<Object[]> rows = new ArrayList<>();
		for (InApp notice : notices) {
			String argsJson = json(notice.args());
			for (UserId user : notice.users()) {
				rows.add(new Object[] { UUID.randomUUID(), user.value(), notice.event(), notice.topic().name(),
						notice.message(), argsJson, notice.link(), Timestamp.from(notice.at()) });
			}
		}
		this.template
			.batchUpdate("INSERT INTO notifications_message (id, user_id, event_id, topic, message, args, link, "
					+ "at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows);
	}

	public List<Told> messages(UserId user, int limit) {
		return this.jdbc.sql("SELECT * FROM notifications_message WHERE user_id = ? ORDER BY at DESC LIMIT ?")
			.params(user.value(), limit)
			.query((rs, row) -> {
				OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
				return new Told(rs.getObject("id", UUID.class), Topic.valueOf(rs.getString("topic")),
						rs.getString("message"), JSON.readValue(rs.getString("args"), STRINGS), rs.getString("link"),
						rs.getObject("at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
			})
			.list();
	}

	public long unread(UserId user) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notifications_message WHERE user_id = ? AND read_at IS NULL")
			.param(user.value())
			.query(Long.class)
			.single();
	}

	public void markAllRead(UserId user, Instant at) {
		this.jdbc.sql("UPDATE notifications_message SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
			.params(Timestamp.from(at), user.value())
			.update();
	}

	/**
	 * Marks a person's bell message read, if it is not yet, and gives its link; empty
	 * when it is not theirs.
	 */
	public Optional<String> open(UUID message, UserId user, Instant at) {
		this.jdbc.sql("UPDATE notifications_message SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL")
			.params(Timestamp.from(at), message, user.value())
			.update();
		return this.jdbc.sql("SELECT COALESCE(link, '/') FROM notifications_message WHERE id = ? AND user_id = ?")
			.params(message, user.value())
			.query(String.class)
			.optional();
	}

	/**
	 * Records the first time a person followed an email's link and gives the link; empty
	 * when the email was not theirs.
	 */
	public Optional<String> clicked(UUID delivery, UserId user, Instant at) {
		this.jdbc
			.sql("UPDATE notifications_delivery SET clicked_at = ? WHERE id = ? AND recipient_id = ? "
					+ "AND clicked_at IS NULL")
			.params(Timestamp.from(at), delivery, user.value())
			.update();
		return this.jdbc.sql("SELECT COALESCE(link, '/') FROM notifications_delivery WHERE id = ? AND recipient_id = ?")
			.params(delivery, user.value())
			.query(String.class)
			.optional();
	}

	// the information flow

	/** A bell message or a delivery since a moment, as the information flow counts it. */
	public record Sent(UUID event, Topic topic, String channel, String status, Instant at,
			@Nullable Instant reactedAt) {
	}

	/**
	 * Every bell message and delivery of the events since {@code since}: a delivery's
	 * channel is EMAIL, DIGEST or its destination's kind, and its reaction is the click
	 * on its link; a bell message's channel is IN_APP and its reaction is its reading.
	 */
	public void sentSince(Instant since, Consumer<Sent> each) {
		this.jdbc.sql("SELECT event_id, topic, at, read_at FROM notifications_message WHERE at >= ?")
			.param(Timestamp.from(since))
			.query(rs -> {
				OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
				each.accept(new Sent(rs.getObject("event_id", UUID.class), Topic.valueOf(rs.getString("topic")),
						"IN_APP", "SENT", rs.getObject("at", OffsetDateTime.class).toInstant(),
						read == null ? null : read.toInstant()));
			});
		this.jdbc
			.sql("SELECT o.event_id, o.topic, o.channel, d.kind, o.status, o.at, o.clicked_at FROM "
					+ "notifications_delivery o LEFT JOIN notifications_destination d ON d.id = o.destination_id "
					+ "WHERE o.at >= ?")
			.param(Timestamp.from(since))
			.query(rs -> {
				OffsetDateTime clicked = rs.getObject("clicked_at", OffsetDateTime.class);
				String kind = rs.getString("kind");
				each.accept(new Sent(rs.getObject("event_id", UUID.class), Topic.valueOf(rs.getString("topic")),
						kind != null ? kind : rs.getString("channel"), rs.getString("status"),
						rs.getObject("at", OffsetDateTime.class).toInstant(),
						clicked == null ? null : clicked.toInstant()));
			});
	}

	/** The authors of the comments written since a moment, once per comment. */
	public List<UserId> commentAuthorsSince(Instant since) {
		return this.jdbc.sql("SELECT author_id FROM notifications_comment WHERE at >= ?")
			.param(Timestamp.from(since))
			.query((rs, row) -> new UserId(rs.getObject("author_id", UUID.class)))
			.list();
	}

	// comments

	public void insertComment(Comment comment) {
		this.jdbc
			.sql("INSERT INTO notifications_comment (id, subject_kind, subject_id, author_id, author_name, body, at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(comment.id(), comment.subject().name(), comment.subjectId(), comment.author().value(),
					comment.authorName(), comment.body(), Timestamp.from(comment.at()))
			.update();
	}

	/** The comments on a record, the oldest first. */
	public List<Comment> comments(CommentSubject subject, UUID id) {
		return this.jdbc
			.sql("SELECT * FROM notifications_comment WHERE subject_kind = ? AND subject_id = ? ORDER BY at")
			.params(subject.name(), id)
			.query((rs, row) -> new Comment(rs.getObject("id", UUID.class), subject, id,
					new UserId(rs.getObject("author_id", UUID.class)), rs.getString("author_name"),
					rs.getString("body"), rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Forgets the comments on a lead that is erased. */
	public void forgetComments(CommentSubject subject, UUID id) {
		this.jdbc.sql("DELETE FROM notifications_comment WHERE subject_kind = ? AND subject_id = ?")
			.params(subject.name(), id)
			.update();
	}

	// preferences

	/** Each person's own choices, by topic; a topic without one is the default. */
	public Map<UserId, Map<Topic, Preference>> preferences(Collection<UserId> users) {
		Map<UserId, Map<Topic, Preference>> found = new HashMap<>();
		InLists.select(this.jdbc, "SELECT * FROM notifications_preference WHERE user_id IN (:values)",
				users.stream().map(UserId::value).distinct().toList(), (rs, row) -> {
					Preference preference = new Preference(Topic.valueOf(rs.getString("topic")),
							rs.getBoolean("in_app"), rs.getBoolean("email"), Digest.valueOf(rs.getString("digest")));
					return found.computeIfAbsent(new UserId(rs.getObject("user_id", UUID.class)), id -> new HashMap<>())
						.put(preference.topic(), preference);
				});
		return found;
	}

	/** Each team's choices, by topic, as read in the last few seconds ({@link Kept}). */
	public Map<TeamId, Map<Topic, Preference>> teamPreferences() {
		return this.teamPreferences.get();
	}

	private Map<TeamId, Map<Topic, Preference>> readTeamPreferences() {
		Map<TeamId, Map<Topic, Preference>> found = new HashMap<>();
		this.jdbc.sql("SELECT * FROM notifications_team_preference").query((rs, row) -> {
			Preference preference = new Preference(Topic.valueOf(rs.getString("topic")), rs.getBoolean("in_app"),
					rs.getBoolean("email"), Digest.valueOf(rs.getString("digest")));
			return found.computeIfAbsent(new TeamId(rs.getObject("team_id", UUID.class)), id -> new HashMap<>())
				.put(preference.topic(), preference);
		}).list();
		// a person without a team is looked up with a null key, which Map.copyOf refuses
		return Collections.unmodifiableMap(found);
	}

	public void saveTeamPreferences(TeamId team, List<Preference> preferences) {
		this.teamPreferences.forget();
		this.jdbc.sql("DELETE FROM notifications_team_preference WHERE team_id = ?").param(team.value()).update();
		this.template.batchUpdate(
				"INSERT INTO notifications_team_preference (team_id, topic, in_app, email, digest) "
						+ "VALUES (?, ?, ?, ?, ?)",
				preferences.stream()
					.map(one -> new Object[] { team.value(), one.topic().name(), one.inApp(), one.email(),
							one.digest().name() })
					.toList());
	}

	/** Forgets a person's own choices: their team's apply again. */
	public void forgetPreferences(UserId user) {
		this.jdbc.sql("DELETE FROM notifications_preference WHERE user_id = ?").param(user.value()).update();
	}

	public void savePreferences(UserId user, List<Preference> preferences) {
		this.jdbc.sql("DELETE FROM notifications_preference WHERE user_id = ?").param(user.value()).update();
		this.template.batchUpdate(
				"INSERT INTO notifications_preference (user_id, topic, in_app, email, digest) VALUES (?, ?, ?, ?, ?)",
				preferences.stream()
					.map(one -> new Object[] { user.value(), one.topic().name(), one.inApp(), one.email(),
							one.digest().name() })
					.toList());
	}

	// destinations and routes

	/** A destination with its signing secrets, as the sender needs it. */
	public record Stored(Destination destination, @Nullable String secret, @Nullable String previousSecret) {
	}

	public void insertDestination(UUID id, DestinationKind kind, String name, String url, String language,
			@Nullable String secret, int perMinute, Instant at) {
		this.jdbc.sql(
				"INSERT INTO notifications_destination (id, kind, name, url, language, secret, per_minute, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, kind.name(), name, url, language, secret, perMinute, Timestamp.from(at))
			.update();
	}

	public List<Destination> destinations() {
		return this.jdbc.sql("SELECT * FROM notifications_destination ORDER BY name")
			.query((rs, row) -> mapDestination(rs))
			.list();
	}

	public Optional<Stored> destination(UUID id) {
		return this.jdbc.sql("SELECT * FROM notifications_destination WHERE id = ?")
			.param(id)
			.query((rs, row) -> new Stored(mapDestination(rs), rs.getString("secret"), rs.getString("previous_secret")))
			.optional();
	}

	/** A new signing secret; the one before keeps signing too until the next change. */
	public void rotateSecret(UUID id, String secret) {
		this.jdbc.sql("UPDATE notifications_destination SET previous_secret = secret, secret = ? WHERE id = ?")
			.params(secret, id)
			.update();
	}

	public void setActive(UUID id, boolean active) {
		this.routes.forget();
		this.jdbc.sql("UPDATE notifications_destination SET active = ? WHERE id = ?").params(active, id).update();
	}

	public void deleteDestination(UUID id) {
		this.routes.forget();
		this.jdbc.sql("DELETE FROM notifications_destination WHERE id = ?").param(id).update();
	}

	private static Destination mapDestination(ResultSet rs) throws SQLException {
		return new Destination(rs.getObject("id", UUID.class), DestinationKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("url"), rs.getString("language"), rs.getInt("per_minute"),
				rs.getBoolean("active"), rs.getString("secret") != null,
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	public void insertRoute(UUID destination, Topic topic, @Nullable TeamId team) {
		this.routes.forget();
		this.jdbc
			.sql("INSERT INTO notifications_route (id, destination_id, topic, team_id) VALUES (?, ?, ?, ?) "
					+ "ON CONFLICT DO NOTHING")
			.params(UUID.randomUUID(), destination, topic.name(), team == null ? null : team.value())
			.update();
	}

	public void deleteRoute(UUID id) {
		this.routes.forget();
		this.jdbc.sql("DELETE FROM notifications_route WHERE id = ?").param(id).update();
	}

	/**
	 * Which destination hears which topic, as read in the last few seconds
	 * ({@link Kept}).
	 */
	public List<Route> routes() {
		return this.routes.get();
	}

	private List<Route> readRoutes() {
		return this.jdbc
			.sql("SELECT r.*, d.active FROM notifications_route r JOIN notifications_destination d "
					+ "ON d.id = r.destination_id ORDER BY r.topic")
			.query((rs, row) -> {
				UUID team = rs.getObject("team_id", UUID.class);
				return new Route(rs.getObject("id", UUID.class), rs.getObject("destination_id", UUID.class),
						Topic.valueOf(rs.getString("topic")), team == null ? null : new TeamId(team),
						rs.getBoolean("active"));
			})
			.list();
	}

	// allowed hosts

	public Set<String> allowedHosts() {
		return new LinkedHashSet<>(
				this.jdbc.sql("SELECT host FROM notifications_allowed_host ORDER BY host").query(String.class).list());
	}

	public void allowHost(String host, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO notifications_allowed_host (host, added_by_name, added_at) VALUES (?, ?, ?) "
					+ "ON CONFLICT DO NOTHING")
			.params(host, by, Timestamp.from(at))
			.update();
	}

	public void disallowHost(String host) {
		this.jdbc.sql("DELETE FROM notifications_allowed_host WHERE host = ?").param(host).update();
	}

	// the outbox

	/** A delivery to write: to a person's mailbox or to a destination. */
	public record Outgoing(UUID event, Topic topic, String channel, @Nullable UUID destination,
			@Nullable UUID recipient, String message, List<String> args, @Nullable String link,
			Map<String, Object> data, Instant at, Instant due) {

		String target() {
			return this.destination != null ? "destination:" + this.destination : "user:" + this.recipient;
		}

	}

	/** Writes deliveries, once per event and target, due now. */
	public void insertDeliveries(List<Outgoing> deliveries) {
		this.template.batchUpdate(
				"INSERT INTO notifications_delivery (id, event_id, topic, channel, destination_id, "
						+ "recipient_id, target, message, args, link, data, at, status, next_attempt_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?) ON CONFLICT DO NOTHING",
				deliveries.stream()
					.map(out -> new Object[] { UUID.randomUUID(), out.event(), out.topic().name(), out.channel(),
							out.destination(), out.recipient(), out.target(), out.message(), json(out.args()),
							out.link(), json(out.data()), Timestamp.from(out.at()), Timestamp.from(out.due()) })
					.toList());
	}

	/** A claimed delivery, with what it says. */
	public record Claimed(UUID id, UUID event, Topic topic, String channel, @Nullable UUID destination,
			@Nullable UUID recipient, String message, List<String> args, @Nullable String link, String data, Instant at,
			int attempts) {
	}

	/**
	 * Claims up to {@code limit} due deliveries until {@code until}: a delivery another
	 * instance is claiming or has claimed is left to it, and one whose claim ran out (its
	 * instance stopped) is taken over. The due rows are locked as they are read, skipping
	 * those another claim holds, and claimed in one statement and one commit.
	 */
	@Transactional
	public List<Claimed> claim(Instant now, Instant until, int limit) {
		List<Claimed> due = this.jdbc
			.sql("SELECT * FROM notifications_delivery WHERE status = 'PENDING' AND next_attempt_at <= ? "
					+ "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at LIMIT ? "
					+ "FOR UPDATE SKIP LOCKED")
			.params(Timestamp.from(now), Timestamp.from(now), limit)
			.query((rs, row) -> claimed(rs))
			.list();
		for (List<Claimed> chunk : InLists.chunks(due)) {
			this.jdbc.sql("UPDATE notifications_delivery SET claimed_until = :until WHERE id IN (:values)")
				.param("until", Timestamp.from(until))
				.param("values", InLists.padded(chunk.stream().map(Claimed::id).toList()))
				.update();
		}
		return due;
	}

	private static Claimed claimed(ResultSet rs) throws SQLException {
		return new Claimed(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				Topic.valueOf(rs.getString("topic")), rs.getString("channel"),
				rs.getObject("destination_id", UUID.class), rs.getObject("recipient_id", UUID.class),
				rs.getString("message"), JSON.readValue(rs.getString("args"), STRINGS), rs.getString("link"),
				rs.getString("data"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getInt("attempts"));
	}

	/** A person's digest deliveries waiting with one that is due, to go as one email. */
	public List<UUID> digestOf(UUID recipient, Instant until) {
		return this.jdbc
			.sql("SELECT id FROM notifications_delivery WHERE recipient_id = ? AND channel = 'DIGEST' "
					+ "AND status = 'PENDING' AND next_attempt_at <= ?")
			.params(recipient, Timestamp.from(until))
			.query(UUID.class)
			.list();
	}

	/** The bell messages of the events a digest gathers, as it tells them. */
	public List<Claimed> deliveriesById(Collection<UUID> ids) {
		return InLists.select(this.jdbc, "SELECT * FROM notifications_delivery WHERE id IN (:values) ORDER BY at", ids,
				(rs, row) -> claimed(rs));
	}

	public void sent(UUID id, Instant at) {
		this.jdbc
			.sql("UPDATE notifications_delivery SET status = 'SENT', sent_at = ?, attempts = attempts + 1, "
					+ "claimed_until = NULL, last_error = NULL WHERE id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	/** Many deliveries done, recorded in one statement per few hundred. */
	public void sentAll(List<UUID> ids, Instant at) {
		for (List<UUID> chunk : InLists.chunks(ids)) {
			this.jdbc
				.sql("UPDATE notifications_delivery SET status = 'SENT', sent_at = :at, attempts = attempts + 1, "
						+ "claimed_until = NULL, last_error = NULL WHERE id IN (:values)")
				.param("at", Timestamp.from(at))
				.param("values", chunk)
				.update();
		}
	}

	/**
	 * A failed attempt: tried again at {@code next}, or given up when {@code next} is
	 * null.
	 */
	public void failed(UUID id, String error, @Nullable Instant next) {
		this.jdbc
			.sql("UPDATE notifications_delivery SET status = ?, attempts = attempts + 1, claimed_until = NULL, "
					+ "last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?")
			.params(next == null ? "DEAD" : "PENDING", error.length() > 500 ? error.substring(0, 500) : error,
					next == null ? null : Timestamp.from(next), id)
			.update();
	}

	/**
	 * Puts a delivery back to wait a moment, without counting an attempt (rate limit).
	 */
	public void postpone(UUID id, Instant next) {
		this.jdbc.sql("UPDATE notifications_delivery SET claimed_until = NULL, next_attempt_at = ? WHERE id = ?")
			.params(Timestamp.from(next), id)
			.update();
	}

	/** Sends a given-up delivery again from now; false when it is not dead. */
	public boolean replay(UUID id, Instant now) {
		return this.jdbc
			.sql("UPDATE notifications_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
					+ "claimed_until = NULL WHERE id = ? AND status = 'DEAD'")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	/** The deliveries in a status, the newest first. */
	public List<Delivery> deliveries(String status, int limit) {
		return this.jdbc
			.sql("SELECT o.*, d.name AS destination_name FROM notifications_delivery o LEFT JOIN "
					+ "notifications_destination d ON d.id = o.destination_id WHERE o.status = ? ORDER BY o.at DESC "
					+ "LIMIT ?")
			.params(status, limit)
			.query((rs, row) -> {
				OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
				UUID recipient = rs.getObject("recipient_id", UUID.class);
				return new Delivery(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
						Topic.valueOf(rs.getString("topic")), rs.getString("channel"), rs.getString("destination_name"),
						recipient == null ? null : new UserId(recipient), rs.getString("status"), rs.getInt("attempts"),
						rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), rs.getString("last_error"),
						rs.getObject("at", OffsetDateTime.class).toInstant(), sent == null ? null : sent.toInstant());
			})
			.list();
	}

	public Map<String, Long> countsByStatus() {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("SELECT status, COUNT(*) AS n FROM notifications_delivery GROUP BY status")
			.query((rs, row) -> counts.put(rs.getString("status"), rs.getLong("n")))
			.list();
		return counts;
	}

}
