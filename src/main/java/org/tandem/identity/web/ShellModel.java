package org.tandem.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;
import org.tandem.identity.CurrentUsers;

/**
 * Gives every page the signed-in person ({@code me}) and the current path for the
 * navigation. An interceptor rather than model attributes of a controller advice: those
 * would run for every API call too, which renders no page.
 */
@Configuration(proxyBeanMethods = false)
class ShellModel implements WebMvcConfigurer {

	/** What is not a page: the API and static files, which page interceptors skip. */
	static final String[] NOT_PAGES = { "/api/**", "/webjars/**", "/css/**", "/js/**" };

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					@Nullable ModelAndView page) {
				if (page == null || redirect(page)) {
					return;
				}
				Map<String, Object> model = page.getModel();
				CurrentUsers.find().ifPresent(me -> model.putIfAbsent("me", me));
				model.putIfAbsent("currentPath", request.getRequestURI());
			}

		}).excludePathPatterns(NOT_PAGES);
	}

	private static boolean redirect(ModelAndView page) {
		String name = page.getViewName();
		return page.getView() instanceof RedirectView
				|| name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
	}

}
