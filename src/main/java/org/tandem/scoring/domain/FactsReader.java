package org.tandem.scoring.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tandem.crm.AccountId;
import org.tandem.crm.AccountManagement;
import org.tandem.crm.Firmographics;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.scoring.Attribute;

/**
 * Reads what the rules test about a person and their company from the shared record.
 */
@Component
public class FactsReader {

	private final ContactManagement contacts;

	private final AccountManagement accounts;

	FactsReader(ContactManagement contacts, AccountManagement accounts) {
		this.contacts = contacts;
		this.accounts = accounts;
	}

	/** The person as the viewer may see them. */
	public Optional<ContactSummary> contact(ContactId contact, CurrentUser viewer) {
		return this.contacts.find(contact, viewer);
	}

	/** These people as the system sees them, by id. */
	public Map<ContactId, ContactSummary> contacts(Collection<ContactId> contacts) {
		return this.contacts.findAll(contacts);
	}

	public ScoreCalculator.Facts facts(ContactSummary contact) {
		return facts(List.of(contact)).get(contact.id());
	}

	/** What the rules test about each of these people, their companies read at once. */
	public Map<ContactId, ScoreCalculator.Facts> facts(Collection<ContactSummary> people) {
		Map<AccountId, Firmographics> companies = this.accounts
			.firmographics(people.stream().map(ContactSummary::account).filter(Objects::nonNull).toList());
		Map<ContactId, ScoreCalculator.Facts> facts = new HashMap<>();
		people.forEach(person -> facts.put(person.id(),
				facts(person, person.account() == null ? null : companies.get(person.account()))));
		return facts;
	}

	private static ScoreCalculator.Facts facts(ContactSummary contact, @Nullable Firmographics company) {
		Map<Attribute, String> values = new EnumMap<>(Attribute.class);
		put(values, Attribute.TITLE, contact.title());
		put(values, Attribute.EMAIL_DOMAIN, contact.email().substring(contact.email().indexOf('@') + 1));
		put(values, Attribute.SOURCE_CHANNEL, contact.sourceChannel() == null ? null : contact.sourceChannel().name());
		put(values, Attribute.LANGUAGE, contact.language());
		if (company != null) {
			put(values, Attribute.INDUSTRY, company.industry());
			put(values, Attribute.SIZE_BAND, company.sizeBand() == null ? null : company.sizeBand().name());
			put(values, Attribute.REGION, company.region());
		}
		return new ScoreCalculator.Facts(values, contact.consent().doNotContact());
	}

	private static void put(Map<Attribute, String> values, Attribute attribute, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			values.put(attribute, value);
		}
	}

}
