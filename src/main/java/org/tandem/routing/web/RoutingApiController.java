package org.tandem.routing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.identity.CurrentUsers;
import org.tandem.routing.SlaDesk;
import org.tandem.routing.domain.RoutingStore;

/**
 * A lead's assignments (with their reasons) and deadlines over JSON.
 */
@RestController
class RoutingApiController {

	private final RoutingStore store;

	private final SlaDesk sla;

	private final ContactManagement contacts;

	RoutingApiController(RoutingStore store, SlaDesk sla, ContactManagement contacts) {
		this.store = store;
		this.sla = sla;
		this.contacts = contacts;
	}

	@GetMapping("/api/v1/contacts/{id}/assignments")
	Map<String, List<?>> assignments(@PathVariable UUID id) {
		ContactId contact = this.contacts.get(new ContactId(id), CurrentUsers.require()).id();
		return Map.of("assignments", this.store.history(contact), "deadlines", this.sla.history(contact));
	}

}
