package org.tandem.campaigns;

/** What a customer's remark was about. */
public enum FeedbackKind {

	/** A need or a problem they want solved. */
	NEED,
	/** Why they hesitate. */
	OBJECTION,
	/** Another vendor they named. */
	COMPETITOR,
	/** Something they want the product to do. */
	PRODUCT_REQUEST,
	/** How they took the price. */
	PRICE_REACTION,
	/** What they liked. */
	PRAISE

}
