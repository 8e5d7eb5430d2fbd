package org.tandem.crm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.domain.AuditTrail;
import org.tandem.crm.domain.Contact;
import org.tandem.crm.domain.ContactFields;
import org.tandem.crm.domain.ContactNormaliser;
import org.tandem.crm.domain.ContactQueries;
import org.tandem.crm.domain.ContactRepository;
import org.tandem.crm.domain.ContactValues;
import org.tandem.crm.domain.ErasureRegister;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserId;
import org.tandem.platform.InLists;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Outcome;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;
import org.tandem.platform.Versions;

/**
 * Creates, changes and reads contacts. Every read is scoped to what the viewer may see;
 * every change is audited.
 */
@Service
@Transactional
public class ContactManagement {

	static final String RECORD = "CONTACT";

	private final ContactRepository contacts;

	private final ContactQueries queries;

	private final ContactNormaliser normaliser;

	private final AuditTrail audit;

	private final Clock clock;

	private final ContactFields fields;

	private final ErasureRegister erasures;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	ContactManagement(ContactRepository contacts, ContactQueries queries, ContactFields fields,
			ContactNormaliser normaliser, ErasureRegister erasures, AuditTrail audit, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.erasures = erasures;
		this.jdbc = jdbc;
		this.events = events;
		this.fields = fields;
		this.contacts = contacts;
		this.queries = queries;
		this.normaliser = normaliser;
		this.audit = audit;
		this.clock = clock;
	}

	public ContactSummary create(ContactDraft draft) {
		return create(draft, null, null);
	}

	/**
	 * Creates a contact; {@code initialStage} lets an import bring a person in at the
	 * stage they had reached elsewhere.
	 */
	public ContactSummary create(ContactDraft draft, @Nullable UserId owner, @Nullable String initialStage) {
		return insert(draft, (values, now) -> Contact.create(values, owner, initialStage, now));
	}

	/**
	 * Brings in a person with their past (a history import): created at the date the
	 * other system gave, and entering the funnel then, at its first stage.
	 */
	public ContactSummary importHistoric(ContactDraft draft, @Nullable UserId owner, Instant createdAt) {
		return insert(draft, (values, now) -> Contact.createHistoric(values, owner, createdAt, now));
	}

	/** Stores a new person made from a draft whose email no one in the record has. */
	private ContactSummary insert(ContactDraft draft,
			java.util.function.BiFunction<ContactValues, Instant, Contact> make) {
		ContactValues values = this.normaliser.normaliseNew(draft);
		if (this.contacts.existsByEmailNormalized(values.emailNormalized())) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "email", "a contact with this email exists");
		}
		Instant now = now();
		Contact contact = make.apply(values, now);
		this.contacts.save(contact);
		this.audit.action(RECORD, contact.id().value(), "CREATED", values.email(), now);
		return summary(contact.id());
	}

	public ContactSummary update(ContactId id, ContactDraft draft, CurrentUser viewer) {
		Contact contact = load(id, viewer);
		Versions.requireCurrent(draft.version(), contact.version(), "contact " + id);
		ContactValues values = this.normaliser.normalise(draft);
		if (!values.emailNormalized().equals(contact.emailNormalized())
				&& this.contacts.existsByEmailNormalized(values.emailNormalized())) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "email", "a contact with this email exists");
		}
		Instant now = now();
		Map<String, String[]> changes = contact.apply(values, now);
		this.contacts.save(contact);
		this.audit.changed(RECORD, contact.id().value(), changes, now);
		return summary(id);
	}

	/**
	 * Refuses what is not an email address, as {@link #findByEmail} would, without
	 * looking anyone up: for a caller that looks many up together.
	 */
	public static void checkEmail(String email) {
		ContactNormaliser.normaliseEmail(email);
	}

	/** The contact with this email, if there is one (the system's view: every record). */
	@Transactional(readOnly = true)
	public Optional<ContactSummary> findByEmail(String email) {
		return this.queries.findByEmail(ContactNormaliser.normaliseEmail(email));
	}

	/**
	 * The contacts with these emails, by email as given (the system's view: every
	 * record); an email that is not valid finds no one.
	 */
	@Transactional(readOnly = true)
	public Map<String, ContactSummary> findAllByEmail(Collection<String> emails) {
		Map<String, String> normalised = new HashMap<>();
		for (String email : emails) {
			try {
				normalised.put(email, ContactNormaliser.normaliseEmail(email));
			}
			catch (InputRejectedException invalid) {
				// not an address: no one has it
			}
		}
		Map<String, ContactSummary> found = this.queries.findAllByEmail(new HashSet<>(normalised.values()));
		Map<String, ContactSummary> byGiven = new HashMap<>();
		normalised.forEach((given, email) -> {
			ContactSummary contact = found.get(email);
			if (contact != null) {
				byGiven.put(given, contact);
			}
		});
		return byGiven;
	}

	/** What intake made of a submission: whose it is, and whether they are new. */
	public record Captured(ContactId id, boolean created) {
	}

	/**
	 * One person of a batch capture: the draft and where consent was given, if it was.
	 */
	public record Capture(ContactDraft draft, @Nullable String consentSource) {
	}

	/**
	 * Intake's step into the shared record, for the people of a group of leads: each is
	 * the person with the draft's email, enriched from it (what their record holds is
	 * kept), or created from it; with a consent source, the consent given with the
	 * submission is recorded. People new to the record are checked together and inserted
	 * in one batch (a racing twin is stopped by the unique email, and its retry finds
	 * this one); a known person is read with the others and updated in one batch, and one
	 * met twice in the batch is enriched before it is inserted. The answers follow the
	 * order of {@code captures}; a capture refused for its input is answered with the
	 * reason and leaves nothing behind.
	 */
	public List<Outcome<Captured>> captureAll(List<Capture> captures) {
		Instant now = now();
		List<@Nullable Outcome<Captured>> outcomes = new ArrayList<>(Collections.nCopies(captures.size(), null));
		List<@Nullable String> emails = new ArrayList<>(captures.size());
		for (int i = 0; i < captures.size(); i++) {
			try {
				emails.add(ContactNormaliser.normaliseEmail(captures.get(i).draft().email()));
			}
			catch (InputRejectedException ex) {
				emails.add(null);
				outcomes.set(i, Outcome.refused(ex));
			}
		}
		Set<String> present = new HashSet<>(emails.stream().filter(Objects::nonNull).toList());
		// the people already on record (erased or not), read whole: they are enriched
		// below
		Map<String, Contact> stored = new HashMap<>();
		for (List<String> chunk : InLists.chunks(present)) {
			this.contacts.findAllByEmailNormalizedIn(InLists.padded(chunk))
				.forEach(contact -> stored.put(contact.emailNormalized(), contact));
		}
		Set<String> known = stored.keySet();
		present.removeAll(known);
		Set<String> erased = this.erasures.erasedAmong(present);
		Set<UUID> accounts = this.queries.accountsAmong(captures.stream()
			.map(capture -> capture.draft().account())
			.filter(Objects::nonNull)
			.map(AccountId::value)
			.collect(Collectors.toSet()));
		Map<String, Contact> created = new LinkedHashMap<>();
		for (int i = 0; i < captures.size(); i++) {
			String email = emails.get(i);
			if (email == null || known.contains(email) || created.containsKey(email)) {
				continue;
			}
			Capture capture = captures.get(i);
			try {
				if (erased.contains(email)) {
					throw ContactNormaliser.erased();
				}
				Contact contact = Contact.create(this.normaliser.normalise(capture.draft(), accounts::contains), null,
						null, now);
				if (capture.consentSource() != null) {
					contact.consentGiven(capture.consentSource(), now);
				}
				created.put(email, contact);
				outcomes.set(i, Outcome.of(new Captured(contact.id(), true)));
			}
			catch (InputRejectedException ex) {
				outcomes.set(i, Outcome.refused(ex));
			}
		}
		// the rest are known people, or people this batch creates and meets again: all
		// are enriched in memory, the new before their insert and the known before one
		// batched update
		Set<Contact> enriched = new LinkedHashSet<>();
		Map<Contact, List<Map<String, String[]>>> changes = new LinkedHashMap<>();
		for (int i = 0; i < captures.size(); i++) {
			if (outcomes.get(i) != null) {
				continue;
			}
			String email = Objects.requireNonNull(emails.get(i));
			Contact contact = stored.get(email);
			boolean isNew = contact == null;
			if (isNew) {
				contact = Objects.requireNonNull(created.get(email));
			}
			try {
				changes.computeIfAbsent(contact, key -> new ArrayList<>())
					.add(enrich(contact, captures.get(i), accounts::contains, now));
				if (!isNew) {
					enriched.add(contact);
				}
				outcomes.set(i, Outcome.of(new Captured(contact.id(), false)));
			}
			catch (InputRejectedException ex) {
				outcomes.set(i, Outcome.refused(ex));
			}
		}
		this.jdbc.batchUpdate(Contact.INSERT, created.values().stream().map(Contact::insertValues).toList());
		for (Contact contact : created.values()) {
			this.audit.action(RECORD, contact.id().value(), "CREATED", contact.email(), now);
		}
		changes.forEach((contact, each) -> each
			.forEach(changed -> this.audit.changed(RECORD, contact.id().value(), changed, now)));
		for (Contact contact : created.values()) {
			contact.takeEvents().forEach(this.events::publishEvent);
		}
		int[] updated = this.jdbc.batchUpdate(Contact.UPDATE, enriched.stream().map(Contact::updateValues).toList());
		for (int count : updated) {
			if (count == 0) {
				throw new OptimisticLockingFailureException("a known contact was changed meanwhile; try again");
			}
		}
		return List.copyOf(outcomes);
	}

	/**
	 * Fills the blanks of a person's record from a new submission (what it holds is kept)
	 * and records the consent given with it, in memory; the answer is what changed, for
	 * the audit trail.
	 */
	private Map<String, String[]> enrich(Contact contact, Capture capture, Predicate<UUID> accountExists, Instant now) {
		Map<String, String[]> changes = new LinkedHashMap<>(
				contact.enrich(this.normaliser.normalise(capture.draft(), accountExists), now));
		if (capture.consentSource() != null) {
			changes.putAll(contact.consentGiven(capture.consentSource(), now));
		}
		return changes;
	}

	/** These contacts as the system sees them (every record), by id. */
	@Transactional(readOnly = true)
	public Map<ContactId, ContactSummary> findAll(Collection<ContactId> contacts) {
		return this.queries.findAll(contacts);
	}

	/** The campaigns people name as their source (the system's view: every record). */
	@Transactional(readOnly = true)
	public List<SourceCampaign> sourceCampaigns() {
		return this.queries.sourceCampaigns();
	}

	/** Where each of these contacts came from: channel, campaign and form. */
	@Transactional(readOnly = true)
	public Map<ContactId, Origin> origins(Collection<ContactId> contacts) {
		return this.queries.origins(contacts);
	}

	/** What shared reports slice each of these contacts by (the system's view). */
	@Transactional(readOnly = true)
	public Map<ContactId, ReportingFacts> reportingFacts(Collection<ContactId> contacts) {
		return this.queries.reportingFacts(contacts);
	}

	/**
	 * How many leads each of these owners holds in the given stages (routing's workload).
	 */
	@Transactional(readOnly = true)
	public Map<UserId, Long> countByOwner(Collection<UserId> owners, Collection<String> stages) {
		return this.queries.countByOwner(owners, stages);
	}

	/** Sets the owner (routing, hand-off and manual reassignment). */
	public void assignOwner(ContactId id, @Nullable UserId owner) {
		Map<ContactId, @Nullable UserId> one = new HashMap<>();
		one.put(id, owner);
		assignOwners(one);
	}

	/**
	 * Keeps the contact's funnel stage current for lists and filters; the funnel owns it.
	 */
	public void recordStage(ContactId id, String stage) {
		recordStages(List.of(id), stage);
	}

	/** {@link #recordStage} for many contacts moved to one stage together. */
	public void recordStages(Collection<ContactId> ids, String stage) {
		Map<UUID, ContactFields.OwnerAndStage> current = this.fields
			.readAll(ids.stream().map(ContactId::value).toList());
		List<UUID> moved = new ArrayList<>();
		Instant now = now();
		for (ContactId id : ids) {
			ContactFields.OwnerAndStage before = current.get(id.value());
			if (before == null) {
				throw new NotFoundException("Contact", id);
			}
			if (!before.stage().equals(stage)) {
				moved.add(id.value());
				this.audit.changed(RECORD, id.value(), Map.of("lifecycleStage", new String[] { before.stage(), stage }),
						now);
			}
		}
		this.fields.changeStages(moved, stage, now);
	}

	/**
	 * {@link #assignOwner} for many contacts at once (routing a group of leads); a
	 * {@code null} owner leaves the contact unowned.
	 */
	public void assignOwners(Map<ContactId, @Nullable UserId> owners) {
		Map<UUID, ContactFields.OwnerAndStage> current = this.fields
			.readAll(owners.keySet().stream().map(ContactId::value).toList());
		Map<UUID, @Nullable UUID> changed = new LinkedHashMap<>();
		Instant now = now();
		owners.forEach((id, owner) -> {
			ContactFields.OwnerAndStage before = current.get(id.value());
			if (before == null) {
				throw new NotFoundException("Contact", id);
			}
			UUID after = owner == null ? null : owner.value();
			if (!Objects.equals(before.owner(), after)) {
				changed.put(id.value(), after);
				this.audit.changed(RECORD, id.value(),
						Map.of("owner",
								new String[] { Objects.toString(before.owner(), null), Objects.toString(after, null) }),
						now);
			}
		});
		this.fields.changeOwners(changed, now);
	}

	public void recordConsent(ContactId id, boolean email, @Nullable String source, boolean doNotContact,
			CurrentUser viewer) {
		Contact contact = load(id, viewer);
		Instant now = now();
		this.audit.changed(RECORD, id.value(), contact.recordConsent(email, source, doNotContact, now), now);
		this.contacts.save(contact);
	}

	@Transactional(readOnly = true)
	public Optional<ContactSummary> find(ContactId id, CurrentUser viewer) {
		return this.queries.find(id, viewer);
	}

	@Transactional(readOnly = true)
	public ContactSummary get(ContactId id, CurrentUser viewer) {
		return find(id, viewer).orElseThrow(() -> new NotFoundException("Contact", id));
	}

	@Transactional(readOnly = true)
	public PageResult<ContactSummary> list(ContactFilter filter, PageQuery page, CurrentUser viewer) {
		return this.queries.list(filter, page, viewer);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> history(ContactId id, CurrentUser viewer) {
		get(id, viewer);
		return this.audit.history(id.value());
	}

	Contact load(ContactId id, CurrentUser viewer) {
		get(id, viewer);
		return this.contacts.findById(id.value()).orElseThrow(() -> new NotFoundException("Contact", id));
	}

	private ContactSummary summary(ContactId id) {
		return this.queries.find(id, CurrentUser.SYSTEM).orElseThrow();
	}

	private Instant now() {
		return this.clock.instant();
	}

}
