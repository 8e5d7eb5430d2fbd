package org.tandem.crm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.domain.Account;
import org.tandem.crm.domain.AccountRepository;
import org.tandem.crm.domain.AuditTrail;
import org.tandem.crm.domain.Likes;
import org.tandem.identity.UserId;
import org.tandem.platform.InLists;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;
import org.tandem.platform.Versions;

/**
 * Creates, changes and reads accounts (companies). Accounts are shared by both
 * departments: everyone who may read the record sees them.
 */
@Service
@Transactional
public class AccountManagement {

	static final String RECORD = "ACCOUNT";

	public static final Map<String, String> SORT_KEYS = Map.of("name", "a.name", "domain", "a.domain", "industry",
			"a.industry", "created", "a.created_at");

	private static final String SELECT = "SELECT a.*, (SELECT COUNT(*) FROM crm_contact c WHERE c.account_id = a.id "
			+ "AND c.deleted_at IS NULL) AS contacts FROM crm_account a ";

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountManagement(AccountRepository accounts, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public AccountSummary create(AccountDraft draft, @Nullable UserId owner) {
		Instant now = this.clock.instant();
		Account account = Account.create(draft, owner, now);
		this.accounts.save(account);
		this.audit.action(RECORD, account.id().value(), "CREATED", draft.name(), now);
		return get(account.id());
	}

	/**
	 * The account a submission names, by web domain first and then by name, created when
	 * there is none.
	 */
	public AccountId findOrCreate(String name, @Nullable String domain) {
		Named company = new Named(name, domain);
		return findOrCreateAll(List.of(company)).get(company);
	}

	/** A company as a submission names it: its name and, when given, its web domain. */
	public record Named(String name, @Nullable String domain) {

		public Named {
			domain = domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * {@link #findOrCreate} for many companies at once, with the same result as one after
	 * the other: two reads for all of them, and a company named twice is created once.
	 */
	public Map<Named, AccountId> findOrCreateAll(Collection<Named> companies) {
		Map<String, UUID> byDomain = first(InLists.select(this.jdbc,
				"SELECT domain, id FROM crm_account WHERE domain IN (:values) AND deleted_at IS NULL ORDER BY created_at",
				companies.stream().map(Named::domain).filter(Objects::nonNull).distinct().toList(),
				(rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))));
		Map<String, UUID> byName = first(InLists.select(this.jdbc,
				"SELECT name_key, id FROM crm_account WHERE name_key IN (:values) AND deleted_at IS NULL "
						+ "ORDER BY created_at",
				companies.stream().map(company -> Account.key(company.name())).distinct().toList(),
				(rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))));
		Map<Named, AccountId> found = new HashMap<>();
		for (Named company : companies) {
			if (found.containsKey(company)) {
				continue;
			}
			UUID id = company.domain() != null ? byDomain.get(company.domain()) : null;
			if (id == null) {
				id = byName.get(Account.key(company.name()));
			}
			if (id == null) {
				id = create(new AccountDraft(company.name().strip(), company.domain(), null, null, null, null), null)
					.id()
					.value();
				byName.put(Account.key(company.name()), id);
			}
			if (company.domain() != null) {
				byDomain.putIfAbsent(company.domain(), id);
			}
			found.put(company, new AccountId(id));
		}
		return found;
	}

	/** The first id each key has, of rows read oldest first. */
	private static Map<String, UUID> first(List<Map.Entry<String, UUID>> rows) {
		Map<String, UUID> first = new HashMap<>();
		rows.forEach(row -> first.putIfAbsent(row.getKey(), row.getValue()));
		return first;
	}

	/** The account a name and web domain name, by domain first and then by name. */
	@Transactional(readOnly = true)
	public Optional<AccountId> find(String name, @Nullable String domain) {
		String normalisedDomain = domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
		Optional<UUID> existing = normalisedDomain != null ? this.jdbc
			.sql("SELECT id FROM crm_account WHERE domain = ? AND deleted_at IS NULL ORDER BY created_at")
			.param(normalisedDomain)
			.query(UUID.class)
			.stream()
			.findFirst() : Optional.empty();
		if (existing.isEmpty()) {
			existing = this.jdbc
				.sql("SELECT id FROM crm_account WHERE name_key = ? AND deleted_at IS NULL ORDER BY created_at")
				.param(Account.key(name))
				.query(UUID.class)
				.stream()
				.findFirst();
		}
		return existing.map(AccountId::new);
	}

	public AccountSummary update(AccountId id, AccountDraft draft) {
		Account account = load(id);
		Versions.requireCurrent(draft.version(), account.version(), "account " + id);
		Instant now = this.clock.instant();
		this.audit.changed(RECORD, id.value(), account.apply(draft, now), now);
		this.accounts.save(account);
		return get(id);
	}

	public void softDelete(AccountId id) {
		Account account = load(id);
		Instant now = this.clock.instant();
		account.softDelete(now);
		this.accounts.save(account);
		this.audit.action(RECORD, id.value(), "DELETED", null, now);
	}

	public void restore(AccountId id) {
		Account account = load(id);
		Instant now = this.clock.instant();
		account.restore(now);
		this.accounts.save(account);
		this.audit.action(RECORD, id.value(), "RESTORED", null, now);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(AccountId id) {
		return this.jdbc.sql(SELECT + "WHERE a.id = ?").param(id.value()).query(AccountManagement::map).optional();
	}

	/** The company facts of an account, without counting its people. */
	@Transactional(readOnly = true)
	public Optional<Firmographics> firmographics(AccountId id) {
		return Optional.ofNullable(firmographics(List.of(id)).get(id));
	}

	/** The company facts of these accounts, by id. */
	@Transactional(readOnly = true)
	public Map<AccountId, Firmographics> firmographics(Collection<AccountId> accounts) {
		Map<AccountId, Firmographics> found = new HashMap<>();
		InLists.select(this.jdbc,
				"SELECT id, industry, size_band, region, owner_id FROM crm_account WHERE id IN (:values)",
				accounts.stream().map(AccountId::value).distinct().toList(), (rs, row) -> {
					AccountId id = new AccountId(rs.getObject("id", UUID.class));
					UUID owner = rs.getObject("owner_id", UUID.class);
					String size = rs.getString("size_band");
					return found.put(id,
							new Firmographics(id, rs.getString("industry"),
									size == null ? null : SizeBand.valueOf(size), rs.getString("region"),
									owner == null ? null : new UserId(owner)));
				});
		return found;
	}

	@Transactional(readOnly = true)
	public AccountSummary get(AccountId id) {
		return find(id).orElseThrow(() -> new NotFoundException("Account", id));
	}

	@Transactional(readOnly = true)
	public PageResult<AccountSummary> list(@Nullable String text, boolean deleted, PageQuery page) {
		StringBuilder where = new StringBuilder(
				deleted ? "WHERE a.deleted_at IS NOT NULL" : "WHERE a.deleted_at IS NULL");
		List<Object> params = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			String like = Likes.anywhere(text);
			where.append(" AND (a.name ILIKE ? OR a.domain ILIKE ? OR a.industry ILIKE ?)");
			params.addAll(List.of(like, like, like));
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM crm_account a " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<AccountSummary> items = this.jdbc
			.sql(SELECT + where + " ORDER BY " + page.orderBy(SORT_KEYS) + ", a.id LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(AccountManagement::map)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** Accounts for pickers, by name. */
	@Transactional(readOnly = true)
	public List<AccountSummary> options() {
		return this.jdbc.sql(SELECT + "WHERE a.deleted_at IS NULL ORDER BY a.name")
			.query(AccountManagement::map)
			.list();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> history(AccountId id) {
		get(id);
		return this.audit.history(id.value());
	}

	private Account load(AccountId id) {
		return this.accounts.findById(id.value()).orElseThrow(() -> new NotFoundException("Account", id));
	}

	private static AccountSummary map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		UUID owner = rs.getObject("owner_id", UUID.class);
		String size = rs.getString("size_band");
		java.time.OffsetDateTime deleted = rs.getObject("deleted_at", java.time.OffsetDateTime.class);
		return new AccountSummary(new AccountId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("domain"), rs.getString("industry"), size == null ? null : SizeBand.valueOf(size),
				rs.getString("region"), owner == null ? null : new UserId(owner), rs.getLong("contacts"),
				deleted == null ? null : deleted.toInstant(),
				rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}

}
