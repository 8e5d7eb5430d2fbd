package org.tandem.routing.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;
import org.tandem.platform.Phrase;
import org.tandem.platform.WriteBehind;
import org.tandem.routing.LeadNoticeSent;
import org.tandem.routing.Notice;

/**
 * In-app notices for reps and heads.
 */
@Component
public class Notices {

	private final JdbcClient jdbc;

	private final WriteBehind rows;

	private final ApplicationEventPublisher events;

	Notices(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.rows = new WriteBehind(template,
				"INSERT INTO routing_notice (id, user_id, contact_id, kind, detail, why, at) VALUES (?, ?, ?, ?, ?, ?, ?)");
	}

	public void send(UserId user, ContactId contact, Notice.Kind kind, @Nullable String detail, Instant at) {
		send(user, contact, kind, detail, null, at);
	}

	/**
	 * A notice whose detail is followed by a reason, which the inbox words in the
	 * reader's language; the channels get the English words.
	 */
	public void send(UserId user, ContactId contact, Notice.Kind kind, @Nullable String detail, @Nullable Phrase why,
			Instant at) {
		UUID id = UUID.randomUUID();
		String text = cut(detail);
		this.rows.add(id, user.value(), contact.value(), kind.name(), text, Phrase.toJson(why), Timestamp.from(at));
		String told = why == null ? text : cut((text == null ? "" : text + ": ") + why.english());
		this.events.publishEvent(new LeadNoticeSent(id, user, contact, kind, told, at));
	}

	private static @Nullable String cut(@Nullable String detail) {
		return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
	}

	public List<Notice> recent(UserId user, int limit) {
		this.rows.flush();
		return this.jdbc.sql("SELECT * FROM routing_notice WHERE user_id = ? ORDER BY at DESC LIMIT ?")
			.params(user.value(), limit)
			.query((rs, row) -> {
				OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
				return new Notice(rs.getObject("id", UUID.class), new ContactId(rs.getObject("contact_id", UUID.class)),
						Notice.Kind.valueOf(rs.getString("kind")), rs.getString("detail"),
						rs.getObject("at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant(),
						Phrase.fromJson(rs.getString("why")));
			})
			.list();
	}

	public long unread(UserId user) {
		this.rows.flush();
		return this.jdbc.sql("SELECT COUNT(*) FROM routing_notice WHERE user_id = ? AND read_at IS NULL")
			.param(user.value())
			.query(Long.class)
			.single();
	}

	public void markAllRead(UserId user, Instant at) {
		this.rows.flush();
		this.jdbc.sql("UPDATE routing_notice SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
			.params(Timestamp.from(at), user.value())
			.update();
	}

	public void forget(ContactId contact) {
		this.rows.flush();
		this.jdbc.sql("DELETE FROM routing_notice WHERE contact_id = ?").param(contact.value()).update();
	}

}
