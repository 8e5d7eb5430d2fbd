package org.tandem.funnel.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.crm.ContactId;
import org.tandem.funnel.FunnelManagement;
import org.tandem.funnel.Reason;
import org.tandem.funnel.ReasonCatalogue;
import org.tandem.funnel.Transition;
import org.tandem.funnel.TransitionRequest;
import org.tandem.identity.CurrentUsers;

/**
 * Stage transitions and sales feedback over JSON, and the reason lists.
 */
@RestController
class TransitionApiController {

	enum Decision {

		ACCEPT, REJECT

	}

	record FeedbackRequest(@NotNull Decision decision, @Nullable @Size(max = 60) String reason,
			@Nullable @Size(max = 1000) String note) {
	}

	private final FunnelManagement funnel;

	private final ReasonCatalogue reasons;

	TransitionApiController(FunnelManagement funnel, ReasonCatalogue reasons) {
		this.funnel = funnel;
		this.reasons = reasons;
	}

	@GetMapping("/api/v1/contacts/{id}/transitions")
	List<Transition> history(@PathVariable UUID id, Locale locale) {
		return this.funnel.history(new ContactId(id), CurrentUsers.require(), locale);
	}

	@PostMapping("/api/v1/contacts/{id}/transitions")
	@ResponseStatus(HttpStatus.CREATED)
	Transition move(@PathVariable UUID id, @Valid @RequestBody TransitionRequest request) {
		return this.funnel.move(new ContactId(id), request, CurrentUsers.require());
	}

	@PostMapping("/api/v1/contacts/{id}/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	Transition feedback(@PathVariable UUID id, @Valid @RequestBody FeedbackRequest request) {
		ContactId contact = new ContactId(id);
		return request.decision() == Decision.ACCEPT
				? this.funnel.accept(contact, request.note(), CurrentUsers.require())
				: this.funnel.reject(contact, request.reason(), request.note(), CurrentUsers.require());
	}

	@GetMapping("/api/v1/reasons")
	List<Reason> reasons() {
		return this.reasons.all();
	}

}
