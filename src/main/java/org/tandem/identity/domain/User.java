package org.tandem.identity.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;

/**
 * A person who logs in to Tandem.
 */
@Table("identity_user")
public class User {

	@Id
	private UUID id;

	private String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private Role role;

	private @Nullable UUID teamId;

	private String locale;

	private String timeZone = "UTC";

	private boolean enabled;

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	User(UUID id, String username, String displayName, String email, String passwordHash, Role role,
			@Nullable UUID teamId, String locale, boolean enabled, Instant createdAt, @Nullable Long version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.teamId = teamId;
		this.locale = locale;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.version = version;
	}

	public static User create(String username, String displayName, String email, String passwordHash, Role role,
			@Nullable TeamId team, String locale, Instant now) {
		return new User(UUID.randomUUID(), username.trim().toLowerCase(Locale.ROOT), displayName.trim(), email.trim(),
				passwordHash, role, team == null ? null : team.value(), locale, true, now, null);
	}

	public void update(String displayName, String email, Role role, @Nullable TeamId team, String locale,
			boolean enabled) {
		this.displayName = displayName.trim();
		this.email = email.trim();
		this.role = role;
		this.teamId = team == null ? null : team.value();
		this.locale = locale;
		this.enabled = enabled;
	}

	/**
	 * The person's own settings: the language of the UI and the zone times are shown in.
	 */
	public void changePreferences(String locale, ZoneId zone) {
		this.locale = locale;
		this.timeZone = zone.getId();
	}

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public UserId id() {
		return new UserId(this.id);
	}

	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public String email() {
		return this.email;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public Role role() {
		return this.role;
	}

	public @Nullable TeamId team() {
		return this.teamId == null ? null : new TeamId(this.teamId);
	}

	public String locale() {
		return this.locale;
	}

	public boolean enabled() {
		return this.enabled;
	}

	public @Nullable Long version() {
		return this.version;
	}

}
