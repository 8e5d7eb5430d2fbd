package org.tandem.funnel;

import java.util.Locale;
import java.util.UUID;

/**
 * An entry of a reason list, labelled in both languages.
 */
public record Reason(UUID id, ReasonKind kind, String code, String labelEn, String labelRu, boolean active,
		int position) {

	public String label(Locale locale) {
		return "ru".equals(locale.getLanguage()) ? this.labelRu : this.labelEn;
	}

}
