package org.tandem.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text with a NUL character is refused where it comes in, naming the field: PostgreSQL
 * cannot store it, and no person types one. JSON strings are checked as they are read,
 * form and query parameters before anything else sees them.
 */
@Configuration(proxyBeanMethods = false)
class TextGuard {

	private static final String NUL = "\u0000";

	@Bean
	JacksonModule textWithoutNul() {
		SimpleModule module = new SimpleModule("tandem-text-without-nul");
		module.addDeserializer(String.class, new WithoutNul());
		return module;
	}

	@Bean
	ParametersWithoutNul parametersWithoutNul() {
		return new ParametersWithoutNul();
	}

	/** Strings as Jackson reads them, refused when they hold a NUL character. */
	static final class WithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && value.contains(NUL)) {
				throw InvalidFormatException.from(parser, "must not contain a NUL character", value, String.class);
			}
			return value;
		}

	}

	/** Form and query parameters, refused with 400 when one holds a NUL character. */
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	static final class ParametersWithoutNul extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				for (String value : parameter.getValue()) {
					if (value.contains(NUL) || parameter.getKey().contains(NUL)) {
						refuse(request, response, parameter.getKey().replace(NUL, ""));
						return;
					}
				}
			}
			chain.doFilter(request, response);
		}

		private static void refuse(HttpServletRequest request, HttpServletResponse response, String field)
				throws IOException {
			if (!request.getRequestURI().startsWith("/api/")) {
				response.sendError(HttpStatus.BAD_REQUEST.value());
				return;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			String name = field.replaceAll("[^A-Za-z0-9_.\\[\\]-]", "?");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + name
						+ ": must not contain a NUL character\",\"field\":\"" + name + "\"}");
		}

	}

}
