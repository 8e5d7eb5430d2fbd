package org.tandem.campaigns.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.campaigns.Feedback;
import org.tandem.campaigns.FeedbackDraft;
import org.tandem.campaigns.FeedbackKind;
import org.tandem.campaigns.HeardOn;
import org.tandem.campaigns.Sentiment;
import org.tandem.crm.ContactId;
import org.tandem.identity.CurrentUser;

/**
 * Customers' remarks, as rows.
 */
@Component
public class FeedbackStore {

	private final JdbcClient jdbc;

	FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The theme as remarks are counted by: case and spacing do not matter. */
	public static String key(String theme) {
		return theme.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	public void insert(UUID id, FeedbackDraft draft, @Nullable String campaign, @Nullable String segment,
			CurrentUser by, Instant at) {
		this.jdbc.sql(
				"INSERT INTO campaigns_feedback (id, contact_id, kind, theme, theme_key, competitor, sentiment, quote, "
						+ "heard_on, campaign, segment, recorded_by, recorded_by_name, at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, draft.contact().value(), draft.kind().name(), draft.theme().strip().replaceAll("\\s+", " "),
					key(draft.theme()), blank(draft.competitor()),
					draft.sentiment() == null ? null : draft.sentiment().name(), blank(draft.quote()),
					draft.heardOn().name(), campaign, segment, by.id().value(), by.displayName(), Timestamp.from(at))
			.update();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Optional<Feedback> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM campaigns_feedback WHERE id = ?")
			.param(id)
			.query(FeedbackStore::map)
			.optional();
	}

	public List<Feedback> ofContact(ContactId contact) {
		return this.jdbc.sql("SELECT * FROM campaigns_feedback WHERE contact_id = ? ORDER BY at DESC")
			.param(contact.value())
			.query(FeedbackStore::map)
			.list();
	}

	/**
	 * The remarks in a period, for a segment and a campaign when given, the newest first.
	 */
	public List<Feedback> between(Instant from, Instant to, @Nullable String segment, @Nullable String campaign) {
		StringBuilder sql = new StringBuilder("SELECT * FROM campaigns_feedback WHERE at >= :from AND at < :to");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", Timestamp.from(from));
		params.put("to", Timestamp.from(to));
		if (segment != null) {
			sql.append(" AND segment = :segment");
			params.put("segment", segment);
		}
		if (campaign != null) {
			sql.append(" AND campaign = :campaign");
			params.put("campaign", campaign);
		}
		return this.jdbc.sql(sql + " ORDER BY at DESC").params(params).query(FeedbackStore::map).list();
	}

	/** The campaigns remarks came from, for the report's filter. */
	public List<String> campaigns() {
		return new ArrayList<>(this.jdbc
			.sql("SELECT DISTINCT campaign FROM campaigns_feedback WHERE campaign IS NOT NULL ORDER BY campaign")
			.query(String.class)
			.list());
	}

	public void repoint(ContactId from, ContactId to) {
		this.jdbc.sql("UPDATE campaigns_feedback SET contact_id = ? WHERE contact_id = ?")
			.params(to.value(), from.value())
			.update();
	}

	public void forget(ContactId contact) {
		this.jdbc.sql("DELETE FROM campaigns_feedback WHERE contact_id = ?").param(contact.value()).update();
	}

	private static Feedback map(ResultSet rs, int row) throws SQLException {
		String sentiment = rs.getString("sentiment");
		return new Feedback(rs.getObject("id", UUID.class), new ContactId(rs.getObject("contact_id", UUID.class)),
				FeedbackKind.valueOf(rs.getString("kind")), rs.getString("theme"), rs.getString("competitor"),
				sentiment == null ? null : Sentiment.valueOf(sentiment), rs.getString("quote"),
				HeardOn.valueOf(rs.getString("heard_on")), rs.getString("campaign"), rs.getString("segment"),
				rs.getString("recorded_by_name"), rs.getObject("at", OffsetDateTime.class).toInstant());
	}

}
