package org.tandem.crm;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.domain.ActivityRows;
import org.tandem.crm.domain.AuditTrail;
import org.tandem.crm.domain.Contact;
import org.tandem.crm.domain.ContactRepository;
import org.tandem.crm.domain.ErasureRegister;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.NotFoundException;

/**
 * Soft delete and restore, and erasure on a person's request: personal data removed, a
 * hash tombstone kept so they are not re-created, and an audit entry without personal
 * data.
 */
@Service
@Transactional
public class PrivacyDesk {

	private final ContactRepository contacts;

	private final AuditTrail audit;

	private final ErasureRegister erasures;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ActivityRows activities;

	PrivacyDesk(ContactRepository contacts, AuditTrail audit, ErasureRegister erasures, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, ActivityRows activities) {
		this.activities = activities;
		this.contacts = contacts;
		this.audit = audit;
		this.erasures = erasures;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public void softDelete(ContactId id, CurrentUser viewer) {
		Contact contact = load(id, viewer);
		Instant now = this.clock.instant();
		contact.softDelete(now);
		this.contacts.save(contact);
		this.audit.action(ContactManagement.RECORD, id.value(), "DELETED", null, now);
	}

	public void restore(ContactId id, CurrentUser viewer) {
		Contact contact = load(id, viewer);
		Instant now = this.clock.instant();
		contact.restore(now);
		this.contacts.save(contact);
		this.audit.action(ContactManagement.RECORD, id.value(), "RESTORED", null, now);
	}

	/**
	 * Erases the person: the contact, its activities and its change history go; what
	 * remains is a hash of the email and an audit line that names no one.
	 */
	public void erase(ContactId id, CurrentUser viewer) {
		Contact contact = load(id, viewer);
		Instant now = this.clock.instant();
		this.erasures.remember(contact.emailNormalized(), now);
		this.activities.flush();
		this.jdbc.sql("DELETE FROM crm_activity WHERE contact_id = ?").param(id.value()).update();
		this.jdbc.sql("DELETE FROM crm_deal_contact WHERE contact_id = ?").param(id.value()).update();
		this.audit.forget(id.value());
		this.contacts.delete(contact);
		this.audit.action(ContactManagement.RECORD, id.value(), "ERASED", null, now);
		this.events.publishEvent(new ContactErased(id, now));
	}

	private Contact load(ContactId id, CurrentUser viewer) {
		if (!viewer.seesAllRecords()) {
			throw new NotFoundException("Contact", id);
		}
		return this.contacts.findById(id.value()).orElseThrow(() -> new NotFoundException("Contact", id));
	}

}
