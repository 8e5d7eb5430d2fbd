package org.tandem.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tandem.identity.security.TandemPrincipal;

/**
 * Resolves the caller of the current request.
 */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	public static Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TandemPrincipal principal) {
			return Optional.of(principal.currentUser());
		}
		return Optional.empty();
	}

	public static CurrentUser require() {
		return find().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
	}

}
