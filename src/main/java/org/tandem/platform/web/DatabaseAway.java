package org.tandem.platform.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database is out of reach (a failover, connections cut), every request that
 * needs it is answered 503 with {@code Retry-After}, as a problem detail for the API:
 * nothing was stored, so the caller retries, and the next request after the database
 * returns is served as usual. As a filter it runs before the session and security
 * filters, which read the database too; as the first exception resolver it answers for
 * the controllers.
 */
@Component
class DatabaseAway extends OncePerRequestFilter implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAway.class);

	/** Seconds a caller is asked to wait before trying again. */
	static final int RETRY_AFTER = 5;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!databaseAway(ex) || response.isCommitted()) {
				throw ex;
			}
			unavailable(request, response, ex);
		}
	}

	/**
	 * The same answer for a failure inside a controller, before Spring MVC's own
	 * resolvers see it: they would take a driver's end-of-stream error for a client that
	 * went away and answer nothing, an empty 200.
	 */
	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!databaseAway(ex) || response.isCommitted()) {
			return null;
		}
		try {
			unavailable(request, response, ex);
		}
		catch (IOException written) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	private static void unavailable(HttpServletRequest request, HttpServletResponse response, Exception ex)
			throws IOException {
		log.warn("The database is out of reach; {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
					+ "\"detail\":\"the database is out of reach for a moment; nothing was stored, retry in "
					+ RETRY_AFTER + " s\",\"field\":\"service\"}");
	}

	static boolean databaseAway(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || connectionLost(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * A commit or rollback that failed, a driver's own exception for a lost connection
	 * (SQLSTATE class 08), or a server shutting down or not yet taking connections (57P01
	 * to 57P03): what a cut connection throws, unwrapped by any translation.
	 */
	private static boolean connectionLost(Throwable failure) {
		if (failure instanceof TransactionSystemException) {
			// a commit or rollback that failed: the connection went away under it
			return true;
		}
		if (!(failure instanceof SQLException sql)) {
			return false;
		}
		String state = sql.getSQLState();
		if (state == null) {
			// the pool's own "Connection is closed" carries no state
			return "Connection is closed".equals(sql.getMessage());
		}
		return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
	}

}
