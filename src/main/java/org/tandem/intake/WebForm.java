package org.tandem.intake;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.Channel;

/**
 * A web form marketing defines: where its leads come from, what it asks, what it
 * promises.
 *
 * @param redirectUrl where to send the visitor after a submission (http or https only)
 */
public record WebForm(UUID id, String name, String slug, Channel source, @Nullable String campaign,
		Set<FormField> fields, @Nullable String consentText, @Nullable String thankYouText,
		@Nullable String redirectUrl, boolean active) {

	public boolean asks(FormField field) {
		return this.fields.contains(field);
	}

	/** For templates: whether the form asks for the field of this name. */
	public boolean asks(String field) {
		return this.fields.stream().anyMatch(candidate -> candidate.name().equals(field));
	}

}
