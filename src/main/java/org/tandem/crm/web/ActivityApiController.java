package org.tandem.crm.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.crm.AccountId;
import org.tandem.crm.ActivityDraft;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ActivityView;
import org.tandem.crm.ContactId;
import org.tandem.crm.DealId;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.InputRejectedException;

/**
 * Activities over JSON: record one; read the timeline of a contact, an account or a deal.
 */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityApiController {

	private final ActivityLog activities;

	ActivityApiController(ActivityLog activities) {
		this.activities = activities;
	}

	@GetMapping
	List<ActivityView> timeline(@RequestParam(required = false) @Nullable UUID contact,
			@RequestParam(required = false) @Nullable UUID account,
			@RequestParam(required = false) @Nullable UUID deal) {
		if (contact != null) {
			return this.activities.forContact(new ContactId(contact), CurrentUsers.require());
		}
		if (account != null) {
			return this.activities.forAccount(new AccountId(account), CurrentUsers.require());
		}
		if (deal != null) {
			return this.activities.forDeal(new DealId(deal), CurrentUsers.require());
		}
		throw new InputRejectedException(HttpStatus.BAD_REQUEST, "contact", "name a contact, an account or a deal");
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ActivityView record(@Valid @RequestBody ActivityDraft draft) {
		return this.activities.record(draft, CurrentUsers.require());
	}

}
