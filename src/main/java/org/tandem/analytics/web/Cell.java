package org.tandem.analytics.web;

/**
 * One cell of a dashboard table: as the page shows it (in the viewer's locale) and as the
 * CSV export writes it (plain, machine-readable).
 */
record Cell(String shown, String raw, boolean numeric) {

	static Cell text(String text) {
		return new Cell(text, text, false);
	}

}
