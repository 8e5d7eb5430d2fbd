package org.tandem.identity.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.identity.Role;
import org.tandem.identity.UserId;

/**
 * A bearer token for a machine. Only the SHA-256 hash of the secret is stored; the secret
 * is shown once, when the token is created.
 */
@Table("identity_api_token")
public class ApiToken {

	@Id
	private UUID id;

	private String name;

	private String tokenHash;

	private String tokenPrefix;

	private Role role;

	private UUID ownerId;

	private Instant createdAt;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	@Version
	private @Nullable Long version;

	ApiToken(UUID id, String name, String tokenHash, String tokenPrefix, Role role, UUID ownerId, Instant createdAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable Long version) {
		this.id = id;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.role = role;
		this.ownerId = ownerId;
		this.createdAt = createdAt;
		this.lastUsedAt = lastUsedAt;
		this.revokedAt = revokedAt;
		this.version = version;
	}

	public static ApiToken issue(String name, String tokenHash, String tokenPrefix, Role role, UserId owner,
			Instant now) {
		return new ApiToken(UUID.randomUUID(), name.trim(), tokenHash, tokenPrefix, role, owner.value(), now, null,
				null, null);
	}

	public void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	public boolean active() {
		return this.revokedAt == null;
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String tokenPrefix() {
		return this.tokenPrefix;
	}

	public Role role() {
		return this.role;
	}

	public UserId owner() {
		return new UserId(this.ownerId);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	public @Nullable Instant revokedAt() {
		return this.revokedAt;
	}

}
