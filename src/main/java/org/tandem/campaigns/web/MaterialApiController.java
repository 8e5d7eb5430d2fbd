package org.tandem.campaigns.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.campaigns.Material;
import org.tandem.campaigns.MaterialDraft;
import org.tandem.campaigns.MaterialLibrary;
import org.tandem.campaigns.MaterialSend;
import org.tandem.campaigns.MaterialSuggestion;
import org.tandem.campaigns.MaterialUse;
import org.tandem.crm.ContactId;
import org.tandem.identity.CurrentUsers;

/**
 * The materials library over JSON: the library with its usage, the pieces that fit a
 * lead, filing a piece, and logging a send.
 */
@RestController
@RequestMapping("/api/v1/materials")
class MaterialApiController {

	/** Which lead a material was sent to. */
	record SendRequest(@NotNull ContactId contact) {
	}

	private final MaterialLibrary library;

	MaterialApiController(MaterialLibrary library) {
		this.library = library;
	}

	@GetMapping
	List<MaterialUse> all() {
		return this.library.usage();
	}

	/** The pieces that fit a lead the caller may see, the most specific first. */
	@GetMapping("/suggestions")
	List<MaterialSuggestion> suggestions(@RequestParam UUID contact) {
		return this.library.suggestions(new ContactId(contact), CurrentUsers.require());
	}

	@PostMapping
	ResponseEntity<Material> create(@Valid @RequestBody MaterialDraft draft) {
		Material created = this.library.create(draft, CurrentUsers.require());
		return ResponseEntity.created(URI.create("/api/v1/materials/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	Material one(@PathVariable UUID id) {
		return this.library.get(id);
	}

	@PostMapping("/{id}/sends")
	ResponseEntity<MaterialSend> send(@PathVariable UUID id, @Valid @RequestBody SendRequest request) {
		MaterialSend sent = this.library.send(id, request.contact(), CurrentUsers.require());
		return ResponseEntity.created(URI.create("/api/v1/materials/" + id)).body(sent);
	}

}
