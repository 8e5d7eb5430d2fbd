package org.tandem.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a CSV column is imported as. The first targets serve every import; the rest carry
 * a history file's stages, dates, owners and deals.
 */
public enum ImportTarget {

	IGNORE, EMAIL, FIRST_NAME, LAST_NAME, PHONE, TITLE, COMPANY, COMPANY_DOMAIN, SOURCE, CAMPAIGN, EXTERNAL_ID,
	LANGUAGE, OWNER(true), STAGE(true), STAGE_AT(true), CREATED_AT(true), MQL_AT(true), SQL_AT(true),
	OPPORTUNITY_AT(true), WON_AT(true), LOST_AT(true), LOST_REASON(true), DEAL_EXTERNAL_ID(true), DEAL_NAME(true),
	AMOUNT(true), CURRENCY(true);

	private final boolean historyOnly;

	ImportTarget() {
		this(false);
	}

	ImportTarget(boolean historyOnly) {
		this.historyOnly = historyOnly;
	}

	/** The targets a column of this kind of file may be imported as. */
	public static List<ImportTarget> of(ImportKind kind) {
		return Arrays.stream(values()).filter(target -> kind == ImportKind.HISTORY || !target.historyOnly).toList();
	}

	/** Whether this target carries a date. */
	public boolean isDate() {
		return name().endsWith("_AT");
	}

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
			Map.entry("leadid", EXTERNAL_ID), Map.entry("language", LANGUAGE), Map.entry("язык", LANGUAGE),
			Map.entry("owner", OWNER), Map.entry("owneremail", OWNER), Map.entry("rep", OWNER),
			Map.entry("salesrep", OWNER), Map.entry("ответственный", OWNER), Map.entry("владелец", OWNER),
			Map.entry("stage", STAGE), Map.entry("lifecyclestage", STAGE), Map.entry("стадия", STAGE),
			Map.entry("этап", STAGE), Map.entry("stagedate", STAGE_AT), Map.entry("stageat", STAGE_AT),
			Map.entry("датаэтапа", STAGE_AT), Map.entry("created", CREATED_AT), Map.entry("createdat", CREATED_AT),
			Map.entry("createddate", CREATED_AT), Map.entry("datecreated", CREATED_AT), Map.entry("создан", CREATED_AT),
			Map.entry("датасоздания", CREATED_AT), Map.entry("mqldate", MQL_AT), Map.entry("mqlat", MQL_AT),
			Map.entry("датаmql", MQL_AT), Map.entry("sqldate", SQL_AT), Map.entry("sqlat", SQL_AT),
			Map.entry("датаsql", SQL_AT), Map.entry("opportunitydate", OPPORTUNITY_AT),
			Map.entry("opportunityat", OPPORTUNITY_AT), Map.entry("wondate", WON_AT), Map.entry("wonat", WON_AT),
			Map.entry("closedwon", WON_AT), Map.entry("датавыигрыша", WON_AT), Map.entry("lostdate", LOST_AT),
			Map.entry("lostat", LOST_AT), Map.entry("closedlost", LOST_AT), Map.entry("датапроигрыша", LOST_AT),
			Map.entry("lostreason", LOST_REASON), Map.entry("причинапроигрыша", LOST_REASON),
			Map.entry("dealid", DEAL_EXTERNAL_ID), Map.entry("dealexternalid", DEAL_EXTERNAL_ID),
			Map.entry("dealname", DEAL_NAME), Map.entry("deal", DEAL_NAME), Map.entry("сделка", DEAL_NAME),
			Map.entry("amount", AMOUNT), Map.entry("dealamount", AMOUNT), Map.entry("dealvalue", AMOUNT),
			Map.entry("сумма", AMOUNT), Map.entry("currency", CURRENCY), Map.entry("валюта", CURRENCY));

	/** A first guess from a column's header, among the targets of this kind of file. */
	public static ImportTarget guess(String header, ImportKind kind) {
		ImportTarget guess = GUESSES.getOrDefault(header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""),
				IGNORE);
		return guess.historyOnly && kind != ImportKind.HISTORY ? IGNORE : guess;
	}

}
