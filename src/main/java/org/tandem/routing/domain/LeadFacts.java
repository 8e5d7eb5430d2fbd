package org.tandem.routing.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.crm.AccountId;
import org.tandem.crm.AccountManagement;
import org.tandem.crm.Firmographics;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.SizeBand;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.DealSizeBand;

/**
 * Reads a lead and its company from the shared record as routing sees them.
 */
@Component
public class LeadFacts {

	private final ContactManagement contacts;

	private final AccountManagement accounts;

	LeadFacts(ContactManagement contacts, AccountManagement accounts) {
		this.contacts = contacts;
		this.accounts = accounts;
	}

	public Optional<ContactSummary> contact(ContactId contact) {
		return this.contacts.find(contact, CurrentUser.SYSTEM);
	}

	/** These leads, by id, read at once. */
	public Map<ContactId, ContactSummary> contacts(Collection<ContactId> contacts) {
		return this.contacts.findAll(contacts);
	}

	public RoutingLead lead(ContactSummary contact) {
		return lead(contact,
				contact.account() == null ? Optional.empty() : this.accounts.firmographics(contact.account()));
	}

	/** {@link #lead} for many contacts, their companies read together. */
	public Map<ContactId, RoutingLead> leads(Collection<ContactSummary> contacts) {
		Map<AccountId, Firmographics> companies = this.accounts.firmographics(
				contacts.stream().map(ContactSummary::account).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<ContactId, RoutingLead> leads = new LinkedHashMap<>();
		for (ContactSummary contact : contacts) {
			leads.put(contact.id(), lead(contact, contact.account() == null ? Optional.empty()
					: Optional.ofNullable(companies.get(contact.account()))));
		}
		return leads;
	}

	private static RoutingLead lead(ContactSummary contact, Optional<Firmographics> account) {
		return new RoutingLead(contact.id(), account.map(Firmographics::industry).orElse(null),
				account.map(Firmographics::region).orElse(null), contact.language(),
				segment(account.map(Firmographics::sizeBand).orElse(null)),
				contact.sourceChannel() == null ? null : contact.sourceChannel().name(),
				account.map(Firmographics::owner).orElse(null));
	}

	/** The deal-size band a company of this size belongs to. */
	static @Nullable DealSizeBand segment(@Nullable SizeBand size) {
		if (size == null) {
			return null;
		}
		return switch (size) {
			case MICRO, SMALL -> DealSizeBand.SMB;
			case MEDIUM -> DealSizeBand.MID_MARKET;
			case LARGE, ENTERPRISE -> DealSizeBand.ENTERPRISE;
		};
	}

}
