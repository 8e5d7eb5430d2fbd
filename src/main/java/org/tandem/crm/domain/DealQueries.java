package org.tandem.crm.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.AccountId;
import org.tandem.crm.ContactId;
import org.tandem.crm.DealFacts;
import org.tandem.crm.DealFilter;
import org.tandem.crm.DealId;
import org.tandem.crm.DealSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserId;
import org.tandem.platform.Money;
import org.tandem.platform.InLists;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;

/**
 * Reads deals for lists and pages within the viewer's scope: sales reps see their own.
 */
@Component
public class DealQueries {

	public static final Map<String, String> SORT_KEYS = Map.of("name", "d.name", "amount", "d.amount", "close",
			"d.expected_close", "created", "d.created_at", "stage", "s.position");

	private static final String FROM = "FROM crm_deal d JOIN crm_pipeline p ON p.id = d.pipeline_id "
			+ "JOIN crm_pipeline_stage s ON s.id = d.stage_id LEFT JOIN crm_account a ON a.id = d.account_id ";

	private static final String SELECT = "SELECT d.*, p.name AS pipeline_name, s.name AS stage_name, "
			+ "s.probability, s.outcome, a.name AS account_name " + FROM;

	private final JdbcClient jdbc;

	DealQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DealSummary> find(DealId id, CurrentUser viewer) {
		List<Object> params = new ArrayList<>();
		String where = scope(viewer, params) + " AND d.id = ?";
		params.add(id.value());
		return this.jdbc.sql(SELECT + where).params(params).query(this::map).optional();
	}

	public PageResult<DealSummary> list(DealFilter filter, PageQuery page, CurrentUser viewer) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(scope(viewer, params));
		if (filter.text() != null && !filter.text().isBlank()) {
			String like = Likes.anywhere(filter.text());
			where.append(" AND (d.name ILIKE ? OR a.name ILIKE ?)");
			params.add(like);
			params.add(like);
		}
		condition(where, params, "d.pipeline_id = ?", filter.pipeline());
		condition(where, params, "d.stage_id = ?", filter.stage());
		condition(where, params, "d.owner_id = ?", filter.owner() == null ? null : filter.owner().value());
		condition(where, params, "d.account_id = ?", filter.account() == null ? null : filter.account().value());
		condition(where, params, "d.id IN (SELECT deal_id FROM crm_deal_contact WHERE contact_id = ?)",
				filter.contact() == null ? null : filter.contact().value());
		condition(where, params, "s.outcome = ?", filter.outcome());
		long total = this.jdbc.sql("SELECT COUNT(*) " + FROM + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<DealSummary> items = this.jdbc
			.sql(SELECT + where + " ORDER BY " + page.orderBy(SORT_KEYS) + ", d.id LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(this::map)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/**
	 * The deals won from {@code from} until {@code to}, every record, the earliest closed
	 * first.
	 */
	public List<DealSummary> won(Instant from, Instant to) {
		List<DealSummary> deals = this.jdbc
			.sql(SELECT + "WHERE d.deleted_at IS NULL AND s.outcome = 'WON' AND d.closed_at >= ? AND d.closed_at < ? "
					+ "ORDER BY d.closed_at, d.id")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> map(rs, List.of()))
			.list();
		// the people on them, read together rather than deal by deal
		Map<UUID, List<ContactId>> people = new HashMap<>();
		InLists.select(this.jdbc, "SELECT deal_id, contact_id FROM crm_deal_contact WHERE deal_id IN (:values)",
				deals.stream().map(deal -> deal.id().value()).toList(),
				(rs, row) -> people.computeIfAbsent(rs.getObject("deal_id", UUID.class), key -> new ArrayList<>())
					.add(new ContactId(rs.getObject("contact_id", UUID.class))));
		return deals.stream()
			.map(deal -> new DealSummary(deal.id(), deal.name(), deal.account(), deal.accountName(), deal.pipeline(),
					deal.pipelineName(), deal.stage(), deal.stageName(), deal.probability(), deal.outcome(),
					deal.value(), deal.expectedClose(), deal.owner(), people.getOrDefault(deal.id().value(), List.of()),
					deal.closedAt(), deal.createdAt(), deal.version()))
			.toList();
	}

	/**
	 * What reports need of these deals (none deleted), those that exist; one query per
	 * chunk.
	 */
	public List<DealFacts> facts(Collection<DealId> deals) {
		return InLists.select(this.jdbc,
				"SELECT d.id, d.owner_id, d.amount, d.currency, d.created_at, d.closed_at, d.expected_close, "
						+ "s.probability, s.outcome, "
						+ "(SELECT MIN(CAST(c.contact_id AS VARCHAR(36))) FROM crm_deal_contact c WHERE c.deal_id = d.id) "
						+ "AS contact FROM crm_deal d JOIN crm_pipeline_stage s ON s.id = d.stage_id "
						+ "WHERE d.deleted_at IS NULL AND d.id IN (:values)",
				deals.stream().map(DealId::value).toList(), (rs, row) -> {
					UUID owner = rs.getObject("owner_id", UUID.class);
					String contact = rs.getString("contact");
					return new DealFacts(new DealId(rs.getObject("id", UUID.class)),
							contact == null ? null : new ContactId(UUID.fromString(contact)),
							owner == null ? null : new UserId(owner),
							new Money(rs.getBigDecimal("amount"),
									java.util.Currency.getInstance(rs.getString("currency"))),
							rs.getInt("probability"), rs.getString("outcome"), ContactQueries.instant(rs, "created_at"),
							ContactQueries.instant(rs, "closed_at"), rs.getObject("expected_close", LocalDate.class));
				});
	}

	/** Every deal not deleted. */
	public List<DealId> ids() {
		return this.jdbc.sql("SELECT id FROM crm_deal WHERE deleted_at IS NULL ORDER BY id")
			.query((rs, row) -> new DealId(rs.getObject("id", UUID.class)))
			.list();
	}

	public boolean accountExists(AccountId account) {
		return this.jdbc.sql("SELECT COUNT(*) FROM crm_account WHERE id = ?")
			.param(account.value())
			.query(Long.class)
			.single() > 0;
	}

	public long countContacts(Collection<ContactId> contacts) {
		if (contacts.isEmpty()) {
			return 0;
		}
		String marks = String.join(",", contacts.stream().map(contact -> "?").toList());
		return this.jdbc.sql("SELECT COUNT(*) FROM crm_contact WHERE id IN (" + marks + ")")
			.params(contacts.stream().map(ContactId::value).map(Object.class::cast).toList())
			.query(Long.class)
			.single();
	}

	private static String scope(CurrentUser viewer, List<Object> params) {
		if (viewer.seesAllRecords()) {
			return "WHERE d.deleted_at IS NULL";
		}
		params.add(viewer.id().value());
		return "WHERE d.deleted_at IS NULL AND d.owner_id = ?";
	}

	private static void condition(StringBuilder where, List<Object> params, String sql, @Nullable Object value) {
		if (value != null) {
			where.append(" AND ").append(sql);
			params.add(value);
		}
	}

	private DealSummary map(ResultSet rs, int row) throws SQLException {
		List<ContactId> contacts = this.jdbc.sql("SELECT contact_id FROM crm_deal_contact WHERE deal_id = ?")
			.param(rs.getObject("id", UUID.class))
			.query((contactRow, n) -> new ContactId(contactRow.getObject(1, UUID.class)))
			.list();
		return map(rs, contacts);
	}

	private static DealSummary map(ResultSet rs, List<ContactId> contacts) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID account = rs.getObject("account_id", UUID.class);
		UUID owner = rs.getObject("owner_id", UUID.class);
		return new DealSummary(new DealId(id), rs.getString("name"), account == null ? null : new AccountId(account),
				rs.getString("account_name"), rs.getObject("pipeline_id", UUID.class), rs.getString("pipeline_name"),
				rs.getObject("stage_id", UUID.class), rs.getString("stage_name"), rs.getInt("probability"),
				rs.getString("outcome"),
				new Money(rs.getBigDecimal("amount"), java.util.Currency.getInstance(rs.getString("currency"))),
				rs.getObject("expected_close", java.time.LocalDate.class), owner == null ? null : new UserId(owner),
				contacts, ContactQueries.instant(rs, "closed_at"), ContactQueries.instant(rs, "created_at"),
				rs.getLong("version"));
	}

}
