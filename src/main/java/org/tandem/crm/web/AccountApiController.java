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
import org.tandem.crm.AccountDraft;
import org.tandem.crm.AccountId;
import org.tandem.crm.AccountManagement;
import org.tandem.crm.AccountSummary;
import org.tandem.crm.AuditEntry;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;

/**
 * Accounts over JSON.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

	private final AccountManagement accounts;

	AccountApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	PageResult<AccountSummary> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) @Nullable String sort) {
		return this.accounts.list(q, false, PageQuery.of(page, size, sort, "name"));
	}

	@GetMapping("/{id}")
	AccountSummary get(@PathVariable UUID id) {
		return this.accounts.get(new AccountId(id));
	}

	@GetMapping("/{id}/history")
	List<AuditEntry> history(@PathVariable UUID id) {
		return this.accounts.history(new AccountId(id));
	}

	@PostMapping
	ResponseEntity<AccountSummary> create(@Valid @RequestBody AccountDraft draft) {
		AccountSummary created = this.accounts.create(draft, CurrentUsers.require().id());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	AccountSummary replace(@PathVariable UUID id, @Valid @RequestBody AccountDraft draft) {
		return this.accounts.update(new AccountId(id), draft);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.accounts.softDelete(new AccountId(id));
		return ResponseEntity.noContent().build();
	}

}
