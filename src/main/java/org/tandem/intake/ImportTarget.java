package org.tandem.intake;

import java.util.Locale;
import java.util.Map;

/**
 * What a CSV column is imported as.
 */
public enum ImportTarget {

	IGNORE, EMAIL, FIRST_NAME, LAST_NAME, PHONE, TITLE, COMPANY, COMPANY_DOMAIN, SOURCE, CAMPAIGN, EXTERNAL_ID,
	LANGUAGE;

	private static final Map<String, ImportTarget> GUESSES = Map.ofEntries(Map.entry("email", EMAIL),
			Map.entry("emailaddress", EMAIL), Map.entry("mail", EMAIL), Map.entry("почта", EMAIL),
			Map.entry("firstname", FIRST_NAME), Map.entry("givenname", FIRST_NAME), Map.entry("имя", FIRST_NAME),
			Map.entry("lastname", LAST_NAME), Map.entry("surname", LAST_NAME), Map.entry("familyname", LAST_NAME),
			Map.entry("фамилия", LAST_NAME), Map.entry("phone", PHONE), Map.entry("telephone", PHONE),
			Map.entry("mobile", PHONE), Map.entry("телефон", PHONE), Map.entry("title", TITLE),
			Map.entry("jobtitle", TITLE), Map.entry("position", TITLE), Map.entry("должность", TITLE),
			Map.entry("company", COMPANY), Map.entry("organization", COMPANY), Map.entry("organisation", COMPANY),
			Map.entry("account", COMPANY), Map.entry("компания", COMPANY), Map.entry("domain", COMPANY_DOMAIN),
			Map.entry("website", COMPANY_DOMAIN), Map.entry("сайт", COMPANY_DOMAIN), Map.entry("source", SOURCE),
			Map.entry("channel", SOURCE), Map.entry("источник", SOURCE), Map.entry("campaign", CAMPAIGN),
			Map.entry("кампания", CAMPAIGN), Map.entry("id", EXTERNAL_ID), Map.entry("externalid", EXTERNAL_ID),
			Map.entry("leadid", EXTERNAL_ID), Map.entry("language", LANGUAGE), Map.entry("язык", LANGUAGE));

	/** A first guess from a column's header. */
	public static ImportTarget guess(String header) {
		return GUESSES.getOrDefault(header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""), IGNORE);
	}

}
