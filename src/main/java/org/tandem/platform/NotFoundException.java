package org.tandem.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A record that does not exist, or that the caller may not see: both answer 404 so that
 * ids cannot be probed.
 */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String resource, Object id) {
		super(HttpStatus.NOT_FOUND, problem(resource, id), null);
	}

	private static ProblemDetail problem(String resource, Object id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				resource + " " + id + " not found");
		problem.setTitle("Not found");
		problem.setProperty("field", "id");
		return problem;
	}

}
