package org.tandem.crm.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.AccountId;
import org.tandem.crm.Channel;
import org.tandem.crm.Consent;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.Origin;
import org.tandem.crm.ReportingFacts;
import org.tandem.crm.SizeBand;
import org.tandem.crm.SourceCampaign;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserId;
import org.tandem.platform.InLists;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;

/**
 * Reads contacts for lists and pages, always within what the viewer may see.
 */
@Component
public class ContactQueries {

	public static final Map<String, String> SORT_KEYS = Map.of("name", "c.last_name", "email", "c.email_normalized",
			"created", "c.created_at", "updated", "c.updated_at", "stage", "c.lifecycle_stage", "company", "a.name");

	private static final String SELECT = "SELECT c.*, a.name AS account_name FROM crm_contact c "
			+ "LEFT JOIN crm_account a ON a.id = c.account_id ";

	private final JdbcClient jdbc;

	ContactQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ContactSummary> find(ContactId id, CurrentUser viewer) {
		Where where = new Where(viewer);
		where.and("c.id = ?", id.value());
		return this.jdbc.sql(SELECT + where.sql()).params(where.params()).query(ContactQueries::map).optional();
	}

	public Optional<ContactSummary> findByEmail(String emailNormalized) {
		return this.jdbc.sql(SELECT + "WHERE c.email_normalized = ?")
			.param(emailNormalized)
			.query(ContactQueries::map)
			.optional();
	}

	/** The contacts with these normalised emails, by normalised email. */
	public Map<String, ContactSummary> findAllByEmail(Collection<String> normalisedEmails) {
		Map<String, ContactSummary> found = new HashMap<>();
		InLists
			.select(this.jdbc, SELECT + "WHERE c.email_normalized IN (:values)", normalisedEmails, ContactQueries::map)
			.forEach(contact -> found.put(ContactNormaliser.normaliseEmail(contact.email()), contact));
		return found;
	}

	public PageResult<ContactSummary> list(ContactFilter filter, PageQuery page, CurrentUser viewer) {
		Where where = new Where(viewer);
		where.and(filter.deleted() ? "c.deleted_at IS NOT NULL" : "c.deleted_at IS NULL");
		if (filter.text() != null && !filter.text().isBlank()) {
			String like = Likes.anywhere(filter.text());
			where.and(
					"(c.first_name ILIKE ? OR c.last_name ILIKE ? OR c.email_normalized ILIKE ? "
							+ "OR (c.first_name || ' ' || c.last_name) ILIKE ? OR a.name ILIKE ?)",
					like, like, like, like, like);
		}
		if (filter.stage() != null) {
			where.and("c.lifecycle_stage = ?", filter.stage());
		}
		if (filter.owner() != null) {
			where.and("c.owner_id = ?", filter.owner().value());
		}
		if (filter.channel() != null) {
			where.and("c.source_channel = ?", filter.channel().name());
		}
		if (filter.account() != null) {
			where.and("c.account_id = ?", filter.account().value());
		}
		long total = this.jdbc
			.sql("SELECT COUNT(*) FROM crm_contact c LEFT JOIN crm_account a ON a.id = c.account_id " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Object> params = new ArrayList<>(where.params());
		params.add(page.size());
		params.add(page.offset());
		List<ContactSummary> items = this.jdbc
			.sql(SELECT + where.sql() + " ORDER BY " + page.orderBy(SORT_KEYS) + ", c.id LIMIT ? OFFSET ?")
			.params(params)
			.query(ContactQueries::map)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	public Map<UserId, Long> countByOwner(Collection<UserId> owners, Collection<String> stages) {
		Map<UserId, Long> counts = new HashMap<>();
		owners.forEach(owner -> counts.put(owner, 0L));
		if (owners.isEmpty() || stages.isEmpty()) {
			return counts;
		}
		List<Object> params = new ArrayList<>();
		owners.forEach(owner -> params.add(owner.value()));
		params.addAll(stages);
		this.jdbc
			.sql("SELECT owner_id, COUNT(*) AS n FROM crm_contact WHERE deleted_at IS NULL AND owner_id IN ("
					+ InLists.marks(owners.size()) + ") AND lifecycle_stage IN (" + InLists.marks(stages.size())
					+ ") GROUP BY owner_id")
			.params(params)
			.query((rs, row) -> counts.put(new UserId(rs.getObject("owner_id", UUID.class)), rs.getLong("n")))
			.list();
		return counts;
	}

	public Map<ContactId, Origin> origins(Collection<ContactId> contacts) {
		Map<ContactId, Origin> origins = new HashMap<>();
		InLists.select(this.jdbc,
				"SELECT id, source_channel, source_campaign, source_form FROM crm_contact WHERE id IN (:values)",
				ids(contacts), (rs, row) -> {
					String channel = rs.getString("source_channel");
					return origins.put(new ContactId(rs.getObject("id", UUID.class)),
							new Origin(channel == null ? null : Channel.valueOf(channel),
									rs.getString("source_campaign"), rs.getString("source_form")));
				});
		return origins;
	}

	public Map<ContactId, ReportingFacts> reportingFacts(Collection<ContactId> contacts) {
		Map<ContactId, ReportingFacts> facts = new HashMap<>();
		InLists.select(this.jdbc,
				"SELECT c.id, c.owner_id, c.source_channel, c.source_campaign, a.size_band FROM crm_contact c "
						+ "LEFT JOIN crm_account a ON a.id = c.account_id WHERE c.id IN (:values)",
				ids(contacts), (rs, row) -> {
					String channel = rs.getString("source_channel");
					String segment = rs.getString("size_band");
					UUID owner = rs.getObject("owner_id", UUID.class);
					return facts.put(new ContactId(rs.getObject("id", UUID.class)),
							new ReportingFacts(owner == null ? null : new UserId(owner),
									channel == null ? null : Channel.valueOf(channel), rs.getString("source_campaign"),
									segment == null ? null : SizeBand.valueOf(segment)));
				});
		return facts;
	}

	/** These contacts as the system sees them (every record), by id. */
	public Map<ContactId, ContactSummary> findAll(Collection<ContactId> contacts) {
		Map<ContactId, ContactSummary> found = new HashMap<>();
		InLists.select(this.jdbc, SELECT + "WHERE c.id IN (:values)", ids(contacts), ContactQueries::map)
			.forEach(contact -> found.put(contact.id(), contact));
		return found;
	}

	/** The campaigns people name as their source, the earliest first. */
	public List<SourceCampaign> sourceCampaigns() {
		return this.jdbc
			.sql("SELECT source_campaign, MIN(source_channel) AS source_channel, MIN(created_at) AS first_at, "
					+ "MAX(created_at) AS last_at, COUNT(*) AS people FROM crm_contact "
					+ "WHERE source_campaign IS NOT NULL AND deleted_at IS NULL GROUP BY source_campaign "
					+ "ORDER BY MIN(created_at)")
			.query((rs, row) -> {
				String channel = rs.getString("source_channel");
				return new SourceCampaign(rs.getString("source_campaign"),
						channel == null ? null : Channel.valueOf(channel),
						rs.getObject("first_at", OffsetDateTime.class).toInstant(),
						rs.getObject("last_at", OffsetDateTime.class).toInstant(), rs.getLong("people"));
			})
			.list();
	}

	/** Which of these account ids exist. */
	public Set<UUID> accountsAmong(Collection<UUID> accounts) {
		return new HashSet<>(InLists.select(this.jdbc, "SELECT id FROM crm_account WHERE id IN (:values)", accounts,
				(rs, row) -> rs.getObject(1, UUID.class)));
	}

	private static List<UUID> ids(Collection<ContactId> contacts) {
		return contacts.stream().map(ContactId::value).toList();
	}

	static ContactSummary map(ResultSet rs, int row) throws SQLException {
		String channel = rs.getString("source_channel");
		UUID account = rs.getObject("account_id", UUID.class);
		UUID owner = rs.getObject("owner_id", UUID.class);
		return new ContactSummary(new ContactId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone_e164"),
				rs.getString("title"), account == null ? null : new AccountId(account), rs.getString("account_name"),
				channel == null ? null : Channel.valueOf(channel), rs.getString("source_campaign"),
				owner == null ? null : new UserId(owner), rs.getString("lifecycle_stage"), rs.getString("language"),
				new Consent(rs.getBoolean("consent_email"), rs.getString("consent_source"), instant(rs, "consent_at"),
						rs.getBoolean("do_not_contact")),
				ContactNormaliser.readAttributes(rs.getString("attributes")), instant(rs, "deleted_at"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
	}

	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/**
	 * A WHERE clause built from fixed SQL fragments and bound parameters, starting with
	 * the viewer's scope: sales reps see their own records only.
	 */
	static final class Where {

		private final StringBuilder sql = new StringBuilder();

		private final List<Object> params = new ArrayList<>();

		Where(CurrentUser viewer) {
			if (!viewer.seesAllRecords()) {
				and("c.owner_id = ?", viewer.id().value());
			}
		}

		void and(String condition, Object... values) {
			this.sql.append(this.sql.isEmpty() ? "WHERE " : " AND ").append(condition);
			this.params.addAll(List.of(values));
		}

		String sql() {
			return this.sql.toString();
		}

		List<Object> params() {
			return this.params;
		}

	}

}
