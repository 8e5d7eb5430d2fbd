package org.tandem.crm.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactCreated;
import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;

/**
 * A person in the shared record, unique by normalised email.
 */
@Table("crm_contact")
public class Contact extends AbstractAggregateRoot<Contact> {

	@Id
	private UUID id;

	private String email;

	private String emailNormalized;

	private String firstName;

	private String lastName;

	private @Nullable String phoneE164;

	private @Nullable String title;

	private @Nullable UUID accountId;

	private @Nullable Channel sourceChannel;

	private @Nullable String sourceCampaign;

	private @Nullable String sourceForm;

	private @Nullable UUID ownerId;

	private String lifecycleStage = "LEAD";

	private @Nullable String language;

	private boolean consentEmail;

	private @Nullable String consentSource;

	private @Nullable Instant consentAt;

	private boolean doNotContact;

	private String attributes = "{}";

	private @Nullable Instant deletedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	Contact() {
		this.id = UUID.randomUUID();
		this.email = "";
		this.emailNormalized = "";
		this.firstName = "";
		this.lastName = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/**
	 * The insert of a new record, for a batch of new people; its values come from
	 * {@link #insertValues()}, in this order.
	 */
	public static final String INSERT = "INSERT INTO crm_contact (id, email, email_normalized, first_name, "
			+ "last_name, phone_e164, title, account_id, source_channel, source_campaign, source_form, owner_id, "
			+ "lifecycle_stage, language, consent_email, consent_source, consent_at, do_not_contact, attributes, "
			+ "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	/** The values of {@link #INSERT} for this new record. */
	public Object[] insertValues() {
		List<@Nullable Object> values = new ArrayList<>();
		values.add(this.id);
		values.addAll(columnValues());
		return values.toArray();
	}

	/** Every column but the id, the deletion and the version, in the order of the SQL. */
	private List<@Nullable Object> columnValues() {
		return Arrays.asList(this.email, this.emailNormalized, this.firstName, this.lastName, this.phoneE164,
				this.title, this.accountId, this.sourceChannel == null ? null : this.sourceChannel.name(),
				this.sourceCampaign, this.sourceForm, this.ownerId, this.lifecycleStage, this.language,
				this.consentEmail, this.consentSource, this.consentAt == null ? null : Timestamp.from(this.consentAt),
				this.doNotContact, this.attributes, Timestamp.from(this.createdAt), Timestamp.from(this.updatedAt));
	}

	/**
	 * The update of a known record changed in memory, for a batch of people; its values
	 * come from {@link #updateValues()}. It matches only the version read, as the
	 * repository's save does.
	 */
	public static final String UPDATE = "UPDATE crm_contact SET email = ?, email_normalized = ?, first_name = ?, "
			+ "last_name = ?, phone_e164 = ?, title = ?, account_id = ?, source_channel = ?, source_campaign = ?, "
			+ "source_form = ?, owner_id = ?, lifecycle_stage = ?, language = ?, consent_email = ?, "
			+ "consent_source = ?, consent_at = ?, do_not_contact = ?, attributes = ?, created_at = ?, updated_at = ?, "
			+ "version = version + 1 WHERE id = ? AND version = ?";

	/** The values of {@link #UPDATE} for this record. */
	public Object[] updateValues() {
		List<@Nullable Object> values = new ArrayList<>(columnValues());
		values.add(this.id);
		values.add(this.version);
		return values.toArray();
	}

	/**
	 * The events this record has gathered, handed over once: for a record written by
	 * {@link #INSERT} rather than by its repository, which would publish them.
	 */
	public List<Object> takeEvents() {
		List<Object> events = List.copyOf(domainEvents());
		clearDomainEvents();
		return events;
	}

	public static Contact create(ContactValues values, @Nullable UserId owner, @Nullable String initialStage,
			Instant now) {
		return create(values, owner, initialStage, now, now, false);
	}

	/**
	 * A person brought in with their past: created when the other system says they were,
	 * written now.
	 */
	public static Contact createHistoric(ContactValues values, @Nullable UserId owner, Instant createdAt, Instant now) {
		return create(values, owner, null, createdAt, now, true);
	}

	private static Contact create(ContactValues values, @Nullable UserId owner, @Nullable String initialStage,
			Instant createdAt, Instant now, boolean historic) {
		Contact contact = new Contact();
		contact.createdAt = createdAt;
		contact.apply(values, now);
		contact.ownerId = owner == null ? null : owner.value();
		contact
			.registerEvent(new ContactCreated(contact.id(), values.sourceChannel(), initialStage, createdAt, historic));
		return contact;
	}

	/**
	 * Applies new values and returns the fields that changed, old and new, for the audit
	 * trail.
	 */
	public Map<String, String[]> apply(ContactValues values, Instant now) {
		Map<String, String> before = snapshot();
		this.email = values.email();
		this.emailNormalized = values.emailNormalized();
		this.firstName = values.firstName();
		this.lastName = values.lastName();
		this.phoneE164 = values.phoneE164();
		this.title = values.title();
		this.accountId = values.account() == null ? null : values.account().value();
		this.sourceChannel = values.sourceChannel();
		this.sourceCampaign = values.sourceCampaign();
		// the form a person first came through is history, not an editable value
		this.sourceForm = firstNonNull(this.sourceForm, values.sourceForm());
		this.language = values.language();
		this.attributes = values.attributesJson();
		this.updatedAt = now;
		return Changes.between(before, snapshot());
	}

	/**
	 * Fills the blanks of this record from a newer submission by the same person; what
	 * the record already holds is kept.
	 */
	public Map<String, String[]> enrich(ContactValues values, Instant now) {
		Map<String, String> before = snapshot();
		this.phoneE164 = firstNonNull(this.phoneE164, values.phoneE164());
		this.title = firstNonNull(this.title, values.title());
		this.accountId = firstNonNull(this.accountId, values.account() == null ? null : values.account().value());
		this.sourceCampaign = firstNonNull(this.sourceCampaign, values.sourceCampaign());
		this.sourceForm = firstNonNull(this.sourceForm, values.sourceForm());
		this.language = firstNonNull(this.language, values.language());
		this.updatedAt = now;
		return Changes.between(before, snapshot());
	}

	public Map<String, String[]> recordConsent(boolean email, @Nullable String source, boolean doNotContact,
			Instant now) {
		Map<String, String> before = snapshot();
		if (email != this.consentEmail) {
			this.consentAt = now;
			this.consentSource = source;
		}
		this.consentEmail = email;
		this.doNotContact = doNotContact;
		this.updatedAt = now;
		return Changes.between(before, snapshot());
	}

	/**
	 * Consent given with a submission: recorded unless the person had already given it.
	 */
	public Map<String, String[]> consentGiven(String source, Instant now) {
		return this.consentEmail ? Map.of() : recordConsent(true, source, this.doNotContact, now);
	}

	public void softDelete(Instant now) {
		this.deletedAt = now;
		this.updatedAt = now;
	}

	public void restore(Instant now) {
		this.deletedAt = null;
		this.updatedAt = now;
	}

	/**
	 * Takes from a duplicate whatever this record lacks; this record's own values win.
	 */
	public Map<String, String[]> absorb(Contact other, Instant now) {
		Map<String, String> before = snapshot();
		this.phoneE164 = firstNonNull(this.phoneE164, other.phoneE164);
		this.title = firstNonNull(this.title, other.title);
		this.accountId = firstNonNull(this.accountId, other.accountId);
		this.sourceChannel = firstNonNull(this.sourceChannel, other.sourceChannel);
		this.sourceCampaign = firstNonNull(this.sourceCampaign, other.sourceCampaign);
		this.sourceForm = firstNonNull(this.sourceForm, other.sourceForm);
		this.ownerId = firstNonNull(this.ownerId, other.ownerId);
		this.language = firstNonNull(this.language, other.language);
		if (!this.consentEmail && other.consentEmail) {
			this.consentEmail = true;
			this.consentSource = other.consentSource;
			this.consentAt = other.consentAt;
		}
		this.doNotContact = this.doNotContact || other.doNotContact;
		this.createdAt = this.createdAt.isBefore(other.createdAt) ? this.createdAt : other.createdAt;
		this.updatedAt = now;
		return Changes.between(before, snapshot());
	}

	private static <T> @Nullable T firstNonNull(@Nullable T first, @Nullable T second) {
		return first != null ? first : second;
	}

	private Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", this.email);
		fields.put("firstName", this.firstName);
		fields.put("lastName", this.lastName);
		fields.put("phone", Objects.toString(this.phoneE164, null));
		fields.put("title", this.title);
		fields.put("account", Objects.toString(this.accountId, null));
		fields.put("sourceChannel", Objects.toString(this.sourceChannel, null));
		fields.put("sourceCampaign", this.sourceCampaign);
		fields.put("sourceForm", this.sourceForm);
		fields.put("owner", Objects.toString(this.ownerId, null));
		fields.put("lifecycleStage", this.lifecycleStage);
		fields.put("language", this.language);
		fields.put("consentEmail", String.valueOf(this.consentEmail));
		fields.put("doNotContact", String.valueOf(this.doNotContact));
		fields.put("attributes", this.attributes);
		return fields;
	}

	public ContactId id() {
		return new ContactId(this.id);
	}

	public String email() {
		return this.email;
	}

	public String emailNormalized() {
		return this.emailNormalized;
	}

	public String name() {
		return this.firstName + " " + this.lastName;
	}

	public @Nullable UserId owner() {
		return this.ownerId == null ? null : new UserId(this.ownerId);
	}

	public @Nullable Instant deletedAt() {
		return this.deletedAt;
	}

	public @Nullable Long version() {
		return this.version;
	}

}
