package org.tandem.crm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.domain.ActivityRows;
import org.tandem.crm.domain.AuditTrail;
import org.tandem.crm.domain.Contact;
import org.tandem.crm.domain.ContactRepository;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.InputRejectedException;

/**
 * Finds likely duplicates already in the data (same phone; same name at the same company
 * domain) and merges two records into one, keeping both histories.
 */
@Service
@Transactional
public class DuplicateDesk {

	private static final int MAX_PAIRS = 200;

	private final ContactRepository contacts;

	private final ContactManagement management;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ActivityRows activities;

	DuplicateDesk(ContactRepository contacts, ContactManagement management, AuditTrail audit, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, ActivityRows activities) {
		this.activities = activities;
		this.contacts = contacts;
		this.management = management;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	private record Key(UUID id, String phone, String nameAtDomain) {
	}

	@Transactional(readOnly = true)
	public List<DuplicatePair> scan(CurrentUser viewer) {
		List<Key> keys = this.jdbc
			.sql("SELECT id, phone_e164, first_name, last_name, email_normalized FROM crm_contact "
					+ "WHERE deleted_at IS NULL ORDER BY created_at")
			.query((rs, row) -> new Key(rs.getObject("id", UUID.class), rs.getString("phone_e164"),
					(rs.getString("first_name") + " " + rs.getString("last_name")).toLowerCase(Locale.ROOT) + "@"
							+ domain(rs.getString("email_normalized"))))
			.list();
		Map<String, UUID> firstByPhone = new HashMap<>();
		Map<String, UUID> firstByName = new HashMap<>();
		Set<List<Object>> pairs = new LinkedHashSet<>();
		for (Key key : keys) {
			if (key.phone() != null) {
				UUID earlier = firstByPhone.putIfAbsent(key.phone(), key.id());
				if (earlier != null) {
					pairs.add(List.of(earlier, key.id(), DuplicatePair.Reason.SAME_PHONE));
				}
			}
			UUID earlier = firstByName.putIfAbsent(key.nameAtDomain(), key.id());
			if (earlier != null) {
				pairs.add(List.of(earlier, key.id(), DuplicatePair.Reason.SAME_NAME_SAME_COMPANY));
			}
		}
		List<DuplicatePair> result = new ArrayList<>();
		for (List<Object> pair : pairs) {
			if (result.size() == MAX_PAIRS) {
				break;
			}
			this.management.find(new ContactId((UUID) pair.get(0)), viewer)
				.ifPresent(first -> this.management.find(new ContactId((UUID) pair.get(1)), viewer)
					.ifPresent(second -> result
						.add(new DuplicatePair(first, second, (DuplicatePair.Reason) pair.get(2)))));
		}
		return result;
	}

	/**
	 * Merges {@code merged} into {@code survivor}: the survivor's values win, its blanks
	 * are filled from the other, activities, deals and change history move over.
	 */
	public ContactSummary merge(ContactId survivorId, ContactId mergedId, CurrentUser viewer) {
		if (survivorId.equals(mergedId)) {
			throw new InputRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, "merged",
					"a contact cannot be merged with itself");
		}
		Contact survivor = this.management.load(survivorId, viewer);
		Contact merged = this.management.load(mergedId, viewer);
		Instant now = this.clock.instant();
		UUID from = mergedId.value();
		UUID to = survivorId.value();
		this.activities.flush();
		this.jdbc.sql("UPDATE crm_activity SET contact_id = ? WHERE contact_id = ?").params(to, from).update();
		this.jdbc
			.sql("INSERT INTO crm_deal_contact (deal_id, contact_id) SELECT deal_id, ? FROM crm_deal_contact "
					+ "WHERE contact_id = ? ON CONFLICT DO NOTHING")
			.params(to, from)
			.update();
		this.jdbc.sql("DELETE FROM crm_deal_contact WHERE contact_id = ?").param(from).update();
		this.audit.repoint(from, to);
		this.contacts.delete(merged);
		this.audit.changed(ContactManagement.RECORD, to, survivor.absorb(merged, now), now);
		this.contacts.save(survivor);
		this.audit.action(ContactManagement.RECORD, to, "MERGED", merged.email() + " (" + merged.name() + ")", now);
		this.events.publishEvent(new ContactsMerged(survivorId, mergedId, now));
		return this.management.get(survivorId, viewer);
	}

	private static String domain(String email) {
		int at = email.indexOf('@');
		return at < 0 ? email : email.substring(at + 1);
	}

}
