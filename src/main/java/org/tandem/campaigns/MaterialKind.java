package org.tandem.campaigns;

/** What a piece of marketing material is. */
public enum MaterialKind {

	DECK, ONE_PAGER, CASE_STUDY, EMAIL_TEMPLATE, PRICE_SHEET, VIDEO, OTHER

}
