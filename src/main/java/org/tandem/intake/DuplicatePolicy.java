package org.tandem.intake;

/**
 * What an import does with a row whose email is already in the record.
 */
public enum DuplicatePolicy {

	/** Leave the known person as they are. */
	SKIP,
	/** Overwrite their fields with the row's non-empty values. */
	UPDATE,
	/** Fill only their empty fields from the row. */
	MERGE

}
