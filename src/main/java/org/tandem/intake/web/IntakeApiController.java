package org.tandem.intake.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.intake.BehaviourEvent;
import org.tandem.intake.EmailToLead;
import org.tandem.intake.GroupCommit;
import org.tandem.intake.IntakeResult;
import org.tandem.intake.LeadSubmission;
import org.tandem.intake.domain.IdempotencyKeys;
import org.tandem.intake.domain.IdempotencyKeys.Claim;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Sha256;

/**
 * The intake API for ad platforms, social lead forms and webinar tools: one lead or a
 * batch, safe to retry with an {@code Idempotency-Key} or the source's own id; and
 * behaviour events.
 */
@RestController
@RequestMapping("/api/v1/intake")
class IntakeApiController {

	static final int MAX_BATCH = 1000;

	static final int MAX_EMAIL_BYTES = 10 * 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Batch(@NotEmpty @Size(max = MAX_BATCH) List<LeadSubmission> leads) {
	}

	private final GroupCommit intake;

	private final IdempotencyKeys keys;

	private final Validator validator;

	IntakeApiController(GroupCommit intake, IdempotencyKeys keys, Validator validator) {
		this.intake = intake;
		this.keys = keys;
		this.validator = validator;
	}

	@PostMapping("/leads")
	ResponseEntity<String> submit(@RequestHeader(value = "Idempotency-Key", required = false) @Nullable String key,
			@Valid @RequestBody LeadSubmission lead) {
		return idempotent(key, lead, () -> {
			IntakeResult result = this.intake.submit(lead);
			HttpStatus status = result.outcome() == IntakeResult.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
			return json(status, result);
		});
	}

	@PostMapping("/leads/batch")
	ResponseEntity<String> submitBatch(@RequestHeader(value = "Idempotency-Key", required = false) @Nullable String key,
			@Valid @RequestBody Batch batch) {
		return idempotent(key, batch, () -> json(HttpStatus.OK, Map.of("results", submitAll(batch.leads()))));
	}

	/**
	 * Email-to-lead: a raw RFC 822 message (as a mail server or a forwarding rule
	 * delivers it) becomes a lead with its text on the timeline; a redelivery is the same
	 * lead.
	 */
	@PostMapping(value = "/email",
			consumes = { "message/rfc822", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<String> email(@RequestBody byte[] raw) {
		if (raw.length > MAX_EMAIL_BYTES) {
			throw new InputRejectedException(HttpStatus.CONTENT_TOO_LARGE, "message",
					"must be at most " + MAX_EMAIL_BYTES / 1024 / 1024 + " MB");
		}
		IntakeResult result = this.intake.submit(EmailToLead.read(raw, this.validator));
		return json(result.outcome() == IntakeResult.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK, result);
	}

	@PostMapping("/events")
	ResponseEntity<String> event(@Valid @RequestBody BehaviourEvent event) {
		Map<String, Object> body = new LinkedHashMap<>();
		this.intake.record(event)
			.ifPresentOrElse(contact -> body.put("contact", contact.toString()),
					() -> body.put("visitorId", event.visitorId()));
		return json(HttpStatus.ACCEPTED, body);
	}

	/**
	 * The leads of a batch, committed together: a bad lead is reported at its index and
	 * does not stop the others.
	 */
	private List<Map<String, Object>> submitAll(List<LeadSubmission> leads) {
		List<List<Map<String, String>>> errors = new ArrayList<>();
		List<LeadSubmission> valid = new ArrayList<>();
		for (LeadSubmission lead : leads) {
			List<Map<String, String>> invalid = new ArrayList<>();
			for (ConstraintViolation<LeadSubmission> violation : this.validator.validate(lead)) {
				invalid.add(Map.of("field", violation.getPropertyPath().toString(), "message", violation.getMessage()));
			}
			errors.add(invalid);
			if (invalid.isEmpty()) {
				valid.add(lead);
			}
		}
		Iterator<CompletableFuture<IntakeResult>> outcomes = this.intake.submitAll(valid).iterator();
		List<Map<String, Object>> results = new ArrayList<>();
		for (int i = 0; i < leads.size(); i++) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("index", i);
			if (errors.get(i).isEmpty()) {
				try {
					IntakeResult outcome = this.intake.await(outcomes.next());
					result.put("status", outcome.outcome() == IntakeResult.Outcome.CREATED ? 201 : 200);
					result.put("contact", outcome.contact().toString());
					result.put("outcome", outcome.outcome());
					results.add(result);
					continue;
				}
				catch (InputRejectedException ex) {
					errors.get(i).add(Map.of("field", ex.field(), "message", ex.message()));
				}
			}
			result.put("status", 400);
			result.put("errors", errors.get(i));
			results.add(result);
		}
		return results;
	}

	private ResponseEntity<String> idempotent(@Nullable String key, Object request,
			Supplier<ResponseEntity<String>> work) {
		if (key == null) {
			return work.get();
		}
		if (key.isBlank() || key.length() > 255) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "Idempotency-Key", "must be 1 to 255 characters");
		}
		CurrentUser me = CurrentUsers.require();
		Claim claim = this.keys.claim(me.id(), key, Sha256.hex(JSON.writeValueAsString(request)));
		if (claim instanceof Claim.Replay replay) {
			return ResponseEntity.status(replay.status())
				.contentType(MediaType.APPLICATION_JSON)
				.header("Idempotent-Replayed", "true")
				.body(replay.body());
		}
		if (claim instanceof Claim.Mismatch) {
			throw new InputRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key",
					"was already used with a different request");
		}
		if (claim instanceof Claim.InFlight) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "Idempotency-Key",
					"a request with this key is still being processed; retry shortly");
		}
		try {
			ResponseEntity<String> response = work.get();
			this.keys.complete(me.id(), key, response.getStatusCode().value(), String.valueOf(response.getBody()));
			return response;
		}
		catch (RuntimeException ex) {
			this.keys.release(me.id(), key);
			throw ex;
		}
	}

	private static ResponseEntity<String> json(HttpStatus status, Object body) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsString(body));
	}

}
