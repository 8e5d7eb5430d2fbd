package org.tandem.meetings;

import java.util.UUID;

/**
 * Where an action item agreed outside a meeting comes from: a diagnostics round, a joint
 * project, a conflict's plan. Its kind and id let the module that gave it find its items
 * again; its title and link show where it came from.
 *
 * @param kind a short upper-case name of the origin's kind, e.g. {@code SURVEY}
 * @param link a path inside Tandem
 */
public record ActionOrigin(String kind, UUID id, String title, String link) {

	public ActionOrigin {
		if (!kind.matches("[A-Z_]{1,20}")) {
			throw new IllegalArgumentException("an origin's kind is 1 to 20 capitals: " + kind);
		}
		if (!link.startsWith("/")) {
			throw new IllegalArgumentException("an origin's link is a path inside Tandem: " + link);
		}
	}

}
