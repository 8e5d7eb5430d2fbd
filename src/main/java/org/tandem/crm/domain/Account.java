package org.tandem.crm.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.crm.AccountDraft;
import org.tandem.crm.AccountId;
import org.tandem.crm.SizeBand;
import org.tandem.identity.UserId;

/**
 * A company in the shared record.
 */
@Table("crm_account")
public class Account {

	@Id
	private UUID id;

	private String name;

	/**
	 * The name as intake matches it: lower-cased, so "ACME" and "Acme" are one company.
	 */
	private String nameKey;

	private @Nullable String domain;

	private @Nullable String industry;

	private @Nullable SizeBand sizeBand;

	private @Nullable String region;

	private @Nullable UUID ownerId;

	private @Nullable Instant deletedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	Account() {
		this.id = UUID.randomUUID();
		this.name = "";
		this.nameKey = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public static Account create(AccountDraft draft, @Nullable UserId owner, Instant now) {
		Account account = new Account();
		account.createdAt = now;
		account.ownerId = owner == null ? null : owner.value();
		account.apply(draft, now);
		return account;
	}

	public Map<String, String[]> apply(AccountDraft draft, Instant now) {
		Map<String, String> before = snapshot();
		this.name = draft.name().strip();
		this.nameKey = key(this.name);
		this.domain = draft.domain() == null || draft.domain().isBlank() ? null
				: draft.domain().strip().toLowerCase(Locale.ROOT);
		this.industry = blankToNull(draft.industry());
		this.sizeBand = draft.sizeBand();
		this.region = blankToNull(draft.region());
		this.updatedAt = now;
		return Changes.between(before, snapshot());
	}

	public void softDelete(Instant now) {
		this.deletedAt = now;
		this.updatedAt = now;
	}

	public void restore(Instant now) {
		this.deletedAt = null;
		this.updatedAt = now;
	}

	private Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("domain", this.domain);
		fields.put("industry", this.industry);
		fields.put("sizeBand", Objects.toString(this.sizeBand, null));
		fields.put("region", this.region);
		return fields;
	}

	public static String key(String name) {
		return name.strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public AccountId id() {
		return new AccountId(this.id);
	}

	public @Nullable Long version() {
		return this.version;
	}

}
