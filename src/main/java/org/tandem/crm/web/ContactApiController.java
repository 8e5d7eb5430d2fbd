package org.tandem.crm.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.tandem.crm.Channel;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.DuplicateDesk;
import org.tandem.crm.DuplicatePair;
import org.tandem.crm.PrivacyDesk;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserId;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;

/**
 * Contacts over JSON: list with paging, filters and sorting; read; create; replace; soft
 * delete, restore and erase; duplicates and merge; change history.
 */
@RestController
@RequestMapping("/api/v1/contacts")
class ContactApiController {

	record ConsentRequest(boolean email, @Nullable String source, boolean doNotContact) {
	}

	record MergeRequest(@NotNull ContactId survivor, @NotNull ContactId merged) {
	}

	private final ContactManagement contacts;

	private final PrivacyDesk privacy;

	private final DuplicateDesk duplicates;

	ContactApiController(ContactManagement contacts, PrivacyDesk privacy, DuplicateDesk duplicates) {
		this.contacts = contacts;
		this.privacy = privacy;
		this.duplicates = duplicates;
	}

	@GetMapping
	PageResult<ContactSummary> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable UUID account, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) @Nullable String sort) {
		ContactFilter filter = new ContactFilter(q, stage == null ? null : stage.toUpperCase(java.util.Locale.ROOT),
				owner == null ? null : new UserId(owner), channel, account == null ? null : new AccountId(account),
				false);
		return this.contacts.list(filter, PageQuery.of(page, size, sort, "-updated"), CurrentUsers.require());
	}

	@GetMapping("/{id}")
	ContactSummary get(@PathVariable UUID id) {
		return this.contacts.get(new ContactId(id), CurrentUsers.require());
	}

	@GetMapping("/{id}/history")
	List<AuditEntry> history(@PathVariable UUID id) {
		return this.contacts.history(new ContactId(id), CurrentUsers.require());
	}

	@PostMapping
	ResponseEntity<ContactSummary> create(@Valid @RequestBody ContactRequest request) {
		CurrentUser me = CurrentUsers.require();
		UserId owner = me.seesAllRecords() ? request.owner() : me.id();
		ContactSummary created = this.contacts.create(request.draft(), owner, null);
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	ContactSummary replace(@PathVariable UUID id, @Valid @RequestBody ContactRequest request) {
		CurrentUser me = CurrentUsers.require();
		ContactSummary updated = this.contacts.update(new ContactId(id), request.draft(), me);
		if (me.seesAllRecords() && !Objects.equals(request.owner(), updated.owner())) {
			this.contacts.assignOwner(updated.id(), request.owner());
			return this.contacts.get(updated.id(), me);
		}
		return updated;
	}

	@PutMapping("/{id}/consent")
	ContactSummary consent(@PathVariable UUID id, @Valid @RequestBody ConsentRequest request) {
		CurrentUser me = CurrentUsers.require();
		this.contacts.recordConsent(new ContactId(id), request.email(), request.source(), request.doNotContact(), me);
		return this.contacts.get(new ContactId(id), me);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.privacy.softDelete(new ContactId(id), CurrentUsers.require());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/restore")
	ContactSummary restore(@PathVariable UUID id) {
		this.privacy.restore(new ContactId(id), CurrentUsers.require());
		return this.contacts.get(new ContactId(id), CurrentUsers.require());
	}

	@PostMapping("/{id}/erase")
	ResponseEntity<Void> erase(@PathVariable UUID id) {
		this.privacy.erase(new ContactId(id), CurrentUsers.require());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/duplicates")
	List<DuplicatePair> duplicates() {
		return this.duplicates.scan(CurrentUsers.require());
	}

	@PostMapping("/merge")
	ContactSummary merge(@Valid @RequestBody MergeRequest request) {
		return this.duplicates.merge(request.survivor(), request.merged(), CurrentUsers.require());
	}

}
