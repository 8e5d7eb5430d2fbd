package org.tandem.identity.domain;

import java.time.Clock;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.RepProfile;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * Creates and changes users, teams and rep profiles (admin work).
 */
@Service
@Transactional
public class UserAdministration {

	public static final int MIN_PASSWORD_LENGTH = 10;

	private final UserRepository users;

	private final TeamRepository teams;

	private final RepProfileRepository profiles;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final RecentTokens recentTokens;

	private final DirectorySnapshot snapshot;

	UserAdministration(UserRepository users, TeamRepository teams, RepProfileRepository profiles,
			PasswordEncoder passwords, Clock clock, RecentTokens recentTokens, DirectorySnapshot snapshot) {
		this.snapshot = snapshot;
		this.recentTokens = recentTokens;
		this.users = users;
		this.teams = teams;
		this.profiles = profiles;
		this.passwords = passwords;
		this.clock = clock;
	}

	public UserId createUser(String username, String displayName, String email, String rawPassword, Role role,
			@Nullable TeamId team, String locale) {
		String normalised = username.trim().toLowerCase(java.util.Locale.ROOT);
		if (this.users.existsByUsername(normalised)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "username", "this username is taken");
		}
		checkPassword(rawPassword);
		checkTeam(team);
		User user = User.create(normalised, displayName, email, this.passwords.encode(rawPassword), role, team, locale,
				this.clock.instant());
		this.users.save(user);
		if (role == Role.SALES) {
			this.profiles.save(RepProfileRecord.forUser(user.id()));
		}
		this.snapshot.forget();
		return user.id();
	}

	public void updateUser(UserId id, String displayName, String email, Role role, @Nullable TeamId team, String locale,
			boolean enabled) {
		checkTeam(team);
		User user = user(id);
		user.update(displayName, email, role, team, locale, enabled);
		this.users.save(user);
		this.recentTokens.forgetAll();
		if (role == Role.SALES && !this.profiles.existsById(id.value())) {
			this.profiles.save(RepProfileRecord.forUser(id));
		}
		this.snapshot.forget();
	}

	public void changePassword(UserId id, String rawPassword) {
		checkPassword(rawPassword);
		User user = user(id);
		user.changePasswordHash(this.passwords.encode(rawPassword));
		this.users.save(user);
		this.snapshot.forget();
	}

	/** A person changes their own language and time zone. */
	public void changePreferences(UserId id, String locale, ZoneId zone) {
		User user = user(id);
		user.changePreferences(locale, zone);
		this.users.save(user);
		this.snapshot.forget();
	}

	/** A person changes their own password, proving they know the current one. */
	public void changeOwnPassword(UserId id, String currentPassword, String newPassword) {
		User user = user(id);
		if (!this.passwords.matches(currentPassword, user.passwordHash())) {
			throw new InputRejectedException("currentPassword", "is not your current password");
		}
		changePassword(id, newPassword);
	}

	public TeamId createTeam(String name, TeamKind kind) {
		if (this.teams.existsByName(name.trim())) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "name", "a team with this name exists");
		}
		Team team = Team.create(name, kind);
		this.teams.save(team);
		this.snapshot.forget();
		return team.id();
	}

	public void updateTeam(TeamId id, String name, TeamKind kind) {
		Team team = this.teams.findById(id.value()).orElseThrow(() -> new NotFoundException("Team", id));
		team.rename(name, kind);
		this.teams.save(team);
		this.snapshot.forget();
	}

	public void saveProfile(RepProfile profile) {
		user(profile.user());
		RepProfileRecord record = this.profiles.findById(profile.user().value())
			.orElseGet(() -> RepProfileRecord.forUser(profile.user()));
		try {
			record.apply(profile);
		}
		catch (IllegalArgumentException ex) {
			throw new InputRejectedException("workEnd", ex.getMessage());
		}
		this.profiles.save(record);
		this.snapshot.forget();
	}

	private User user(UserId id) {
		return this.users.findById(id.value()).orElseThrow(() -> new NotFoundException("User", id));
	}

	private void checkTeam(@Nullable TeamId team) {
		if (team != null && !this.teams.existsById(team.value())) {
			throw new InputRejectedException("team", "unknown team");
		}
	}

	private static void checkPassword(String rawPassword) {
		if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new InputRejectedException("password",
					"must be at least " + MIN_PASSWORD_LENGTH + " characters long");
		}
	}

}
