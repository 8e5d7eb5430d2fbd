package org.tandem.crm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;

/**
 * A record's change history as people read it: the owner by name rather than by id, the
 * account, pipeline, stage and contacts by name, and stages, channels, sizes and yes/no
 * by message key, so that each language shows its own words. The history's raw form
 * ({@link AuditEntry}) stays what the API gives.
 */
@Component
@Transactional(readOnly = true)
public class ReadableHistory {

	private final UserDirectory users;

	private final AccountManagement accounts;

	private final ContactManagement contacts;

	private final PipelineCatalogue pipelines;

	ReadableHistory(UserDirectory users, AccountManagement accounts, ContactManagement contacts,
			PipelineCatalogue pipelines) {
		this.users = users;
		this.accounts = accounts;
		this.contacts = contacts;
		this.pipelines = pipelines;
	}

	/**
	 * One change as shown.
	 *
	 * @param field the changed field, or {@code null} for a whole-record action
	 * @param fieldKey the message key naming the field
	 */
	public record Line(String action, @Nullable String field, @Nullable String fieldKey, @Nullable Shown oldValue,
			@Nullable Shown newValue, String actor, Instant at) {
	}

	/**
	 * A value as shown: {@code text} itself, or the message whose key it is.
	 */
	public record Shown(String text, boolean message) {

		static Shown text(String text) {
			return new Shown(text, false);
		}

		static Shown key(String key) {
			return new Shown(key, true);
		}

	}

	/** The fields whose values are codes with a message each, by message prefix. */
	private static final Map<String, String> CODED = Map.of("lifecycleStage", "stage.", "sourceChannel", "channel.",
			"sizeBand", "size.");

	private static final Set<String> FLAGS = Set.of("consentEmail", "doNotContact");

	/** The fields that hold ids, and what they point at. */
	private enum Reference {

		USER, ACCOUNT, PIPELINE, DEAL_STAGE, CONTACTS

	}

	private static final Map<String, Reference> REFERENCES = Map.of("owner", Reference.USER, "account",
			Reference.ACCOUNT, "pipeline", Reference.PIPELINE, "stage", Reference.DEAL_STAGE, "contacts",
			Reference.CONTACTS);

	public List<Line> of(List<AuditEntry> entries) {
		Map<Reference, Map<UUID, String>> names = names(entries);
		List<Line> lines = new ArrayList<>();
		for (AuditEntry entry : entries) {
			String field = entry.field();
			lines.add(new Line(entry.action(), field, field == null ? null : "audit.field." + field,
					shown(field, entry.oldValue(), names), shown(field, entry.newValue(), names), entry.actor(),
					entry.at()));
		}
		return lines;
	}

	/** A contact's history as shown, if the viewer may see the contact. */
	public List<Line> ofContact(ContactId contact, CurrentUser viewer) {
		return of(this.contacts.history(contact, viewer));
	}

	private @Nullable Shown shown(@Nullable String field, @Nullable String value,
			Map<Reference, Map<UUID, String>> names) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (field == null) {
			return Shown.text(value);
		}
		if (CODED.containsKey(field)) {
			return Shown.key(CODED.get(field) + value);
		}
		if (FLAGS.contains(field)) {
			return Shown.key(Boolean.parseBoolean(value) ? "yes" : "no");
		}
		Reference reference = REFERENCES.get(field);
		if (reference == null) {
			return Shown.text(value);
		}
		String named = ids(value).stream()
			.map(id -> names.getOrDefault(reference, Map.of()).getOrDefault(id, id.toString()))
			.collect(Collectors.joining(", "));
		return Shown.text(named.isEmpty() ? value : named);
	}

	/** The names of everything the entries point at, read once per kind. */
	private Map<Reference, Map<UUID, String>> names(List<AuditEntry> entries) {
		Map<Reference, Set<UUID>> wanted = new HashMap<>();
		for (AuditEntry entry : entries) {
			Reference reference = entry.field() == null ? null : REFERENCES.get(entry.field());
			if (reference != null) {
				for (String value : Arrays.asList(entry.oldValue(), entry.newValue())) {
					if (value != null) {
						wanted.computeIfAbsent(reference, key -> new LinkedHashSet<>()).addAll(ids(value));
					}
				}
			}
		}
		Map<Reference, Map<UUID, String>> names = new EnumMap<>(Reference.class);
		wanted.forEach((reference, ids) -> names.put(reference, lookUp(reference, ids)));
		return names;
	}

	private Map<UUID, String> lookUp(Reference reference, Set<UUID> ids) {
		switch (reference) {
			case USER:
				return this.users.displayNames(ids.stream().map(UserId::new).toList())
					.entrySet()
					.stream()
					.collect(Collectors.toMap(entry -> entry.getKey().value(), Map.Entry::getValue));
			case ACCOUNT:
				return found(ids, id -> this.accounts.find(new AccountId(id)).map(AccountSummary::name));
			case PIPELINE:
				return this.pipelines.all()
					.stream()
					.filter(pipeline -> ids.contains(pipeline.id()))
					.collect(Collectors.toMap(PipelineView::id, PipelineView::name));
			case DEAL_STAGE:
				return this.pipelines.all()
					.stream()
					.flatMap(pipeline -> pipeline.stages().stream())
					.filter(stage -> ids.contains(stage.id()))
					.collect(Collectors.toMap(PipelineView.Stage::id, PipelineView.Stage::name, (a, b) -> a));
			default:
				return this.contacts.findAll(ids.stream().map(ContactId::new).toList())
					.values()
					.stream()
					.collect(Collectors.toMap(contact -> contact.id().value(), ContactSummary::name));
		}
	}

	private static Map<UUID, String> found(Collection<UUID> ids, Function<UUID, Optional<String>> find) {
		Map<UUID, String> found = new HashMap<>();
		ids.forEach(id -> find.apply(id).ifPresent(name -> found.put(id, name)));
		return found;
	}

	/**
	 * The ids a value holds: one id, or a list of them as {@code [a, b]}; none when it is
	 * something else.
	 */
	static List<UUID> ids(String value) {
		List<UUID> ids = new ArrayList<>();
		for (String part : value.replace("[", "").replace("]", "").split(",")) {
			try {
				ids.add(UUID.fromString(part.strip()));
			}
			catch (IllegalArgumentException ex) {
				return List.of();
			}
		}
		return ids;
	}

}
