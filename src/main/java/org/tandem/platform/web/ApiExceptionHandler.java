package org.tandem.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a REST controller into an RFC 9457 problem detail that names the
 * field at fault in {@code field} and lists all faults in {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> fault(error.getField(), message(error)))
			.collect(Collectors.toCollection(ArrayList::new));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(fault(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> fault(result.getMethodParameter().getParameterName(),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "body";
		String message = "request body is missing or is not valid JSON";
		if (ex.getCause() instanceof JacksonException jackson) {
			String path = jackson.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."));
			if (!path.isEmpty()) {
				field = path;
				message = "value is not valid for this field";
			}
		}
		return problem(HttpStatus.BAD_REQUEST, "Malformed request", List.of(fault(field, message)));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				List.of(fault("Content-Type", "send application/json")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Missing parameter",
				List.of(fault(ex.getParameterName(), "is required")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", List.of(fault(ex.getName(), "value is not valid")));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(violation -> fault(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", errors);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Stale version",
				List.of(fault("version", "the record was changed by someone else; reload it and try again")));
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<Object> duplicate(DuplicateKeyException ex) {
		return problem(HttpStatus.CONFLICT, "Duplicate", List.of(fault("id", "a record with the same key exists")));
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String title, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title);
		problem.setDetail(errors.stream()
			.map(error -> error.get("field") + ": " + error.get("message"))
			.collect(Collectors.joining("; ")));
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).body(problem);
	}

	private static Map<String, String> fault(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private static String message(FieldError error) {
		return String.valueOf(error.getDefaultMessage());
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

}
