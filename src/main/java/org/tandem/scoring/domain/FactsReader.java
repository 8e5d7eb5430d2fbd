package org.tandem.scoring.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
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

	public ScoreCalculator.Facts facts(ContactSummary contact) {
		Map<Attribute, String> values = new EnumMap<>(Attribute.class);
		put(values, Attribute.TITLE, contact.title());
		put(values, Attribute.EMAIL_DOMAIN, contact.email().substring(contact.email().indexOf('@') + 1));
		put(values, Attribute.SOURCE_CHANNEL, contact.sourceChannel() == null ? null : contact.sourceChannel().name());
		put(values, Attribute.LANGUAGE, contact.language());
		if (contact.account() != null) {
			Optional<Firmographics> account = this.accounts.firmographics(contact.account());
			account.ifPresent(company -> {
				put(values, Attribute.INDUSTRY, company.industry());
				put(values, Attribute.SIZE_BAND, company.sizeBand() == null ? null : company.sizeBand().name());
				put(values, Attribute.REGION, company.region());
			});
		}
		return new ScoreCalculator.Facts(values, contact.consent().doNotContact());
	}

	private static void put(Map<Attribute, String> values, Attribute attribute, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			values.put(attribute, value);
		}
	}

}
