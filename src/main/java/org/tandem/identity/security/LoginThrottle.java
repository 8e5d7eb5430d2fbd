package org.tandem.identity.security;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: five failed logins for a user name within fifteen
 * minutes, or thirty from one address, block further attempts for that name or address
 * for fifteen minutes, the right password included. The counts live in the database, so
 * every instance behind a load balancer sees them. A successful login clears its name's
 * count.
 */
class LoginThrottle extends OncePerRequestFilter {

	/** How many failures, within what window, block for how long. */
	record Limit(String prefix, int failures, Duration window, Duration block) {
	}

	static final Limit PER_USER = new Limit("user:", 5, Duration.ofMinutes(15), Duration.ofMinutes(15));

	static final Limit PER_ADDRESS = new Limit("address:", 30, Duration.ofMinutes(15), Duration.ofMinutes(15));

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> blocked = blockedFor(request.getParameter("username"), request.getRemoteAddr());
		if (blocked.isPresent()) {
			long minutes = Math.max(1, (blocked.get().toSeconds() + 59) / 60);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(blocked.get().toSeconds()));
			response.sendRedirect(request.getContextPath() + "/login?blocked=" + minutes);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * How much longer attempts for this name or from this address are refused, if they
	 * are.
	 */
	Optional<Duration> blockedFor(@Nullable String username, String address) {
		Instant now = this.clock.instant();
		return this.jdbc
			.sql("SELECT MAX(blocked_until) FROM identity_login_throttle WHERE subject IN (?, ?) AND blocked_until > ?")
			.params(subject(PER_USER, username), subject(PER_ADDRESS, address), Timestamp.from(now))
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
			.single()
			.map(until -> Duration.between(now, until.toInstant()));
	}

	void failed(@Nullable String username, String address) {
		Instant now = this.clock.instant();
		for (Limit limit : List.of(PER_USER, PER_ADDRESS)) {
			String subject = subject(limit, limit == PER_USER ? username : address);
			Timestamp at = Timestamp.from(now);
			Timestamp windowStart = Timestamp.from(now.minus(limit.window()));
			int counted = this.jdbc
				.sql("UPDATE identity_login_throttle SET "
						+ "failures = CASE WHEN first_failure_at < ? THEN 1 ELSE failures + 1 END, "
						+ "first_failure_at = CASE WHEN first_failure_at < ? THEN ? ELSE first_failure_at END "
						+ "WHERE subject = ?")
				.params(windowStart, windowStart, at, subject)
				.update();
			if (counted == 0) {
				this.jdbc
					.sql("INSERT INTO identity_login_throttle (subject, failures, first_failure_at) VALUES (?, 1, ?) "
							+ "ON CONFLICT DO NOTHING")
					.params(subject, at)
					.update();
			}
			this.jdbc
				.sql("UPDATE identity_login_throttle SET blocked_until = ?, failures = 0, first_failure_at = ? "
						+ "WHERE subject = ? AND failures >= ?")
				.params(Timestamp.from(now.plus(limit.block())), at, subject, limit.failures())
				.update();
		}
	}

	void succeeded(String username) {
		this.jdbc.sql("DELETE FROM identity_login_throttle WHERE subject = ?")
			.param(subject(PER_USER, username))
			.update();
	}

	private static String subject(Limit limit, @Nullable String value) {
		String normalised = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		String subject = limit.prefix() + normalised;
		return subject.length() > 300 ? subject.substring(0, 300) : subject;
	}

	/** Counts a failed login, then shows the login page with its error. */
	static final class CountingFailures extends SimpleUrlAuthenticationFailureHandler {

		private final LoginThrottle throttle;

		CountingFailures(LoginThrottle throttle) {
			super("/login?error");
			this.throttle = throttle;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			this.throttle.failed(request.getParameter("username"), request.getRemoteAddr());
			super.onAuthenticationFailure(request, response, exception);
		}

	}

}
