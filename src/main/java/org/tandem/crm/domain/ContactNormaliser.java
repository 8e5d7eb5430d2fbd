package org.tandem.crm.domain;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactDraft;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Sha256;

/**
 * Turns a draft into stored values: lower-cased email (the uniqueness key), phone in
 * E.164, trimmed text and attributes as JSON. Rejects what cannot be stored, naming the
 * field.
 */
@Component
public class ContactNormaliser {

	private static final Pattern EMAIL = Pattern
		.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

	private final String defaultRegion;

	private final ErasureRegister erasures;

	private final AccountRepository accounts;

	ContactNormaliser(@Value("${tandem.phone.default-region:US}") String defaultRegion, ErasureRegister erasures,
			AccountRepository accounts) {
		this.defaultRegion = defaultRegion;
		this.erasures = erasures;
		this.accounts = accounts;
	}

	/**
	 * Normalises the draft of a new person, refusing anyone whose data was erased on
	 * request.
	 */
	public ContactValues normaliseNew(ContactDraft draft) {
		ContactValues values = normalise(draft);
		if (this.erasures.isErased(values.emailNormalized())) {
			throw erased();
		}
		return values;
	}

	/** The refusal of a person whose data was erased on request. */
	public static InputRejectedException erased() {
		return new InputRejectedException(HttpStatus.CONFLICT, "email",
				"this person's data was erased at their request; they cannot be added again");
	}

	public ContactValues normalise(ContactDraft draft) {
		return normalise(draft, account -> this.accounts.existsById(account));
	}

	/**
	 * Normalises a draft of a batch whose accounts were looked up together:
	 * {@code accountExists} answers for the draft's account.
	 */
	public ContactValues normalise(ContactDraft draft, Predicate<UUID> accountExists) {
		if (draft.account() != null && !accountExists.test(draft.account().value())) {
			throw new InputRejectedException("account", "unknown account");
		}
		String email = normaliseEmail(draft.email());
		return new ContactValues(draft.email().trim(), email, required("firstName", draft.firstName()),
				required("lastName", draft.lastName()), phone(draft.phone()), blankToNull(draft.title()),
				draft.account(), draft.sourceChannel(), blankToNull(draft.sourceCampaign()),
				blankToNull(draft.sourceForm()), blankToNull(draft.language()), attributes(draft.attributes()));
	}

	public static String normaliseEmail(String email) {
		String trimmed = email.trim().toLowerCase(Locale.ROOT);
		if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "email", "is not a valid email address");
		}
		return trimmed;
	}

	/**
	 * The tombstone key of an erased person: a hash, so the address itself is not kept.
	 */
	public static String emailHash(String normalisedEmail) {
		return Sha256.hex(normalisedEmail);
	}

	@Nullable String phone(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			PhoneNumber number = this.phones.parse(raw.trim(), this.defaultRegion);
			if (!this.phones.isValidNumber(number)) {
				throw new InputRejectedException(HttpStatus.BAD_REQUEST, "phone", "is not a valid phone number");
			}
			return this.phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "phone", "is not a valid phone number");
		}
	}

	private static String required(String field, String value) {
		String trimmed = value.strip();
		if (trimmed.isEmpty()) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, field, "must not be blank");
		}
		return trimmed;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String attributes(@Nullable Map<String, String> attributes) {
		if (attributes == null || attributes.isEmpty()) {
			return "{}";
		}
		for (Map.Entry<String, String> entry : attributes.entrySet()) {
			if (entry.getKey().isBlank() || entry.getKey().length() > 60) {
				throw new InputRejectedException(HttpStatus.BAD_REQUEST, "attributes",
						"keys must be 1 to 60 characters long");
			}
			if (entry.getValue() != null && entry.getValue().length() > 500) {
				throw new InputRejectedException(HttpStatus.BAD_REQUEST, "attributes." + entry.getKey(),
						"must be at most 500 characters long");
			}
		}
		return JSON.writeValueAsString(new TreeMap<>(attributes));
	}

	@SuppressWarnings("unchecked")
	public static Map<String, String> readAttributes(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return JSON.readValue(json, TreeMap.class);
	}

}
