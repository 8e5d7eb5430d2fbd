package org.tandem.identity.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.domain.UserRepository;

@Component
class TandemUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	TandemUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT))
			.map(user -> new TandemPrincipal(
					new CurrentUser(user.id(), user.username(), user.displayName(), user.role(), user.team()),
					user.passwordHash(), user.enabled()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
