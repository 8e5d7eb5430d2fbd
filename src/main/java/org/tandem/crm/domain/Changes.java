package org.tandem.crm.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields that differ between two snapshots of a record, old and new value, as the
 * audit trail stores them.
 */
final class Changes {

	private Changes() {
	}

	static Map<String, String[]> between(Map<String, String> before, Map<String, String> after) {
		Map<String, String[]> changes = new LinkedHashMap<>();
		after.forEach((field, value) -> {
			if (!Objects.equals(before.get(field), value)) {
				changes.put(field, new String[] { before.get(field), value });
			}
		});
		return changes;
	}

}
