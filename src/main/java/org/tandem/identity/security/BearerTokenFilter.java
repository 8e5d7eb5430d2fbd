package org.tandem.identity.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.RecentTokens;
import org.tandem.identity.domain.UserRepository;
import org.tandem.platform.Sha256;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API. The caller acts as the
 * token's owner with the token's role; a disabled owner disables the token. A token
 * checked moments ago is not looked up again ({@link RecentTokens}).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final UserRepository users;

	private final RecentTokens recent;

	BearerTokenFilter(ApiTokens tokens, UserRepository users, RecentTokens recent) {
		this.tokens = tokens;
		this.users = users;
		this.recent = recent;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String secret = header.substring(7).trim();
			this.recent.get(Sha256.hex(secret), hash -> principal(secret))
				.ifPresent(principal -> SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
							principal.getAuthorities())));
		}
		chain.doFilter(request, response);
	}

	private Optional<TandemPrincipal> principal(String secret) {
		return this.tokens.authenticate(secret)
			.flatMap(token -> this.users.findById(token.owner().value())
				.filter(owner -> owner.enabled())
				.map(owner -> new TandemPrincipal(
						new CurrentUser(owner.id(), owner.username(), owner.displayName(), token.role(), owner.team()),
						"", true)));
	}

}
