package org.tandem.intake.domain;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.intake.BehaviourRecorded;
import org.tandem.intake.BehaviourType;
import org.tandem.platform.InLists;
import org.tandem.platform.WriteBehind;

/**
 * Stored behaviour events; anonymous ones wait under their visitor id until the visitor
 * identifies.
 */
@Component
public class VisitorEvents {

	private final JdbcClient jdbc;

	/** Events, written just before the transaction commits. */
	private final WriteBehind events;

	VisitorEvents(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.events = new WriteBehind(template,
				"INSERT INTO intake_event (id, visitor_id, contact_id, type, url, occurred_at) VALUES (?, ?, ?, ?, ?, ?)");
	}

	public void store(@Nullable String visitorId, @Nullable ContactId contact, BehaviourType type, @Nullable String url,
			java.time.Instant at) {
		this.events.add(UUID.randomUUID(), visitorId, contact == null ? null : contact.value(), type.name(), url,
				Timestamp.from(at));
	}

	/**
	 * The person each of these visitors turned out to be, for those who identified: the
	 * one their events were given to (the latest, should a shared browser have been two
	 * people).
	 */
	public Map<String, ContactId> identified(Collection<String> visitorIds) {
		this.events.flush();
		Map<String, ContactId> identified = new HashMap<>();
		InLists
			.select(this.jdbc, "SELECT visitor_id, contact_id, MAX(occurred_at) AS last_at FROM intake_event "
					+ "WHERE visitor_id IN (:values) AND contact_id IS NOT NULL GROUP BY visitor_id, contact_id "
					+ "ORDER BY last_at", visitorIds,
					(rs, row) -> Map.entry(rs.getString("visitor_id"), rs.getObject("contact_id", UUID.class)))
			.forEach(found -> identified.put(found.getKey(), new ContactId(found.getValue())));
		return identified;
	}

	/**
	 * Gives a visitor's anonymous events to the person they turned out to be, and returns
	 * them.
	 */
	public List<BehaviourRecorded> stitch(String visitorId, ContactId contact) {
		this.events.flush();
		List<BehaviourRecorded> events = this.jdbc
			.sql("SELECT type, url, occurred_at FROM intake_event WHERE visitor_id = ? AND contact_id IS NULL "
					+ "ORDER BY occurred_at")
			.param(visitorId)
			.query((rs, row) -> new BehaviourRecorded(contact, BehaviourType.valueOf(rs.getString("type")),
					rs.getString("url"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
			.list();
		this.jdbc.sql("UPDATE intake_event SET contact_id = ? WHERE visitor_id = ? AND contact_id IS NULL")
			.params(contact.value(), visitorId)
			.update();
		return events;
	}

}
