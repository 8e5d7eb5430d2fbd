package org.tandem.crm.domain;

/**
 * A search text as an ILIKE pattern that finds it anywhere, with the pattern's own
 * wildcards in the text escaped.
 */
public final class Likes {

	private Likes() {
	}

	public static String anywhere(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
