package org.tandem.platform;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Input that is well formed but breaks a business rule. It names the field at fault so
 * that both the API's problem detail and the HTML form can point at it.
 */
public class InputRejectedException extends ErrorResponseException {

	private final String field;

	public InputRejectedException(HttpStatus status, String field, String message) {
		super(status, problem(status, field, message), null);
		this.field = field;
		if (status == HttpStatus.SERVICE_UNAVAILABLE || status == HttpStatus.TOO_MANY_REQUESTS) {
			getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
		}
	}

	public InputRejectedException(String field, String message) {
		this(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
	}

	public String field() {
		return this.field;
	}

	public String message() {
		return String.valueOf(getBody().getDetail());
	}

	private static ProblemDetail problem(HttpStatus status, String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("field", field);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

}
