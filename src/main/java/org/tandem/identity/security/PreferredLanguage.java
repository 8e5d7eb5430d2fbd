package org.tandem.identity.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.tandem.identity.domain.UserRepository;

/**
 * After login, the UI speaks the person's own language, whatever the login page was shown
 * in, and the name's count of failed attempts starts again.
 */
class PreferredLanguage extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserRepository users;

	private final LocaleResolver locales;

	private final LoginThrottle throttle;

	PreferredLanguage(UserRepository users, LocaleResolver locales, LoginThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
		this.locales = locales;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.throttle.succeeded(authentication.getName());
		if (authentication.getPrincipal() instanceof TandemPrincipal principal) {
			this.users.findById(principal.currentUser().id().value())
				.ifPresent(user -> this.locales.setLocale(request, response, Locale.forLanguageTag(user.locale())));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
