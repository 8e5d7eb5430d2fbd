package org.tandem.crm.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.crm.AccountId;
import org.tandem.crm.AuditEntry;
import org.tandem.crm.ContactId;
import org.tandem.crm.DealDraft;
import org.tandem.crm.DealFilter;
import org.tandem.crm.DealId;
import org.tandem.crm.DealManagement;
import org.tandem.crm.DealSummary;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserId;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;

/**
 * Deals over JSON.
 */
@RestController
@RequestMapping("/api/v1/deals")
class DealApiController {

	private final DealManagement deals;

	DealApiController(DealManagement deals) {
		this.deals = deals;
	}

	@GetMapping
	PageResult<DealSummary> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID pipeline,
			@RequestParam(required = false) @Nullable UUID stage, @RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable UUID account,
			@RequestParam(required = false) @Nullable UUID contact,
			@RequestParam(required = false) @Nullable String outcome, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) @Nullable String sort) {
		DealFilter filter = new DealFilter(q, pipeline, stage, owner == null ? null : new UserId(owner),
				account == null ? null : new AccountId(account), contact == null ? null : new ContactId(contact),
				outcome);
		return this.deals.list(filter, PageQuery.of(page, size, sort, "-created"), CurrentUsers.require());
	}

	@GetMapping("/{id}")
	DealSummary get(@PathVariable UUID id) {
		return this.deals.get(new DealId(id), CurrentUsers.require());
	}

	@GetMapping("/{id}/history")
	List<AuditEntry> history(@PathVariable UUID id) {
		return this.deals.history(new DealId(id), CurrentUsers.require());
	}

	@PostMapping
	ResponseEntity<DealSummary> create(@Valid @RequestBody DealDraft draft) {
		DealSummary created = this.deals.create(draft, CurrentUsers.require());
		return ResponseEntity.created(URI.create("/api/v1/deals/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	DealSummary replace(@PathVariable UUID id, @Valid @RequestBody DealDraft draft) {
		return this.deals.update(new DealId(id), draft, CurrentUsers.require());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.deals.softDelete(new DealId(id), CurrentUsers.require());
		return ResponseEntity.noContent().build();
	}

}
