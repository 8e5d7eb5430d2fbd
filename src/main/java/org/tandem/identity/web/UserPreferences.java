package org.tandem.identity.web;

import java.time.ZoneId;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.domain.User;
import org.tandem.identity.domain.UserRepository;

/**
 * Shows times in the signed-in person's own time zone: every page request runs with that
 * zone in its locale context.
 */
@Configuration(proxyBeanMethods = false)
class UserPreferences implements WebMvcConfigurer {

	private final UserRepository users;

	UserPreferences(UserRepository users) {
		this.users = users;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				CurrentUsers.find()
					.flatMap(me -> UserPreferences.this.users.findById(me.id().value()))
					.map(User::zone)
					.ifPresent(UserPreferences::useZone);
				return true;
			}

		}).excludePathPatterns(ShellModel.NOT_PAGES);
	}

	private static void useZone(ZoneId zone) {
		LocaleContextHolder.setLocaleContext(
				new SimpleTimeZoneAwareLocaleContext(LocaleContextHolder.getLocale(), TimeZone.getTimeZone(zone)));
	}

}
