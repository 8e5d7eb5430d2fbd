package org.tandem.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.tandem.identity.AccessPolicy;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.RecentTokens;
import org.tandem.identity.domain.UserRepository;

/**
 * Two filter chains: the stateless API with bearer tokens that answers 401/403 as problem
 * details, and the browser UI with form login, sessions and CSRF protection. Both take
 * their route rules from {@link AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * No observation of each security filter, authentication and authorization: they wrap
	 * every filter of every request and nothing reads them; the request metrics stay.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, UserRepository users, RecentTokens recent)
			throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(tokens, users, recent), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
						"a valid bearer token is required"))
				.accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN,
						"this token's role may not do this")))
			.authorizeHttpRequests(registry -> applyPolicy(registry, "/api/"));
		return http.build();
	}

	/**
	 * Public web forms, unsubscribe links and customers' satisfaction surveys: anyone may
	 * see and submit them, other sites may frame the forms, and there is no session whose
	 * rights a forged request could borrow, so no CSRF token is asked (a mail program's
	 * one-click unsubscribe has none).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicFormsChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/f/**", "/t/**", "/t.js", "/u/**", "/s/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors *; form-action *")))
			.authorizeHttpRequests(registry -> applyPolicy(registry, "/f/", "/t/", "/t.js", "/u/", "/s/"));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http, UserRepository users, LocaleResolver locales, JdbcClient jdbc,
			Clock clock) throws Exception {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(new PreferredLanguage(users, locales, throttle))
			.failureHandler(new LoginThrottle.CountingFailures(throttle))
			.permitAll())
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'")))
			.authorizeHttpRequests(registry -> applyPolicy(registry));
		return http.build();
	}

	/**
	 * The policy's rules in order, those for paths under {@code prefixes} only when a
	 * chain serves no others (every pattern starts with a literal segment, so the rest
	 * could never match there), then denial of anything not listed.
	 */
	static void applyPolicy(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry,
			String... prefixes) {
		for (AccessPolicy.Rule rule : AccessPolicy.RULES) {
			if (prefixes.length > 0 && Arrays.stream(prefixes).noneMatch(rule.pattern()::startsWith)) {
				continue;
			}
			PathPatternRequestMatcher matcher = PathPatternRequestMatcher.withDefaults()
				.matcher(rule.method(), rule.pattern());
			if (rule.open()) {
				registry.requestMatchers(matcher).permitAll();
			}
			else {
				registry.requestMatchers(matcher)
					.hasAnyRole(rule.roles().stream().map(Enum::name).sorted().toArray(String[]::new));
			}
		}
		registry.anyRequest().denyAll();
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\",\"field\":\"Authorization\"}");
	}

}
