package org.tandem.identity.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tandem.identity.CurrentUser;

/**
 * The authenticated caller: a person logged in with a password, or a machine with a token
 * (then the role is the token's).
 */
public final class TandemPrincipal implements UserDetails {

	private final CurrentUser user;

	private final String passwordHash;

	private final boolean enabled;

	public TandemPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public CurrentUser currentUser() {
		return this.user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.user.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
