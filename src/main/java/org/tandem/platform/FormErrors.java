package org.tandem.platform;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Shows a business-rule rejection next to the form field it names, or above the form when
 * the form has no such field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, InputRejectedException ex) {
		try {
			errors.rejectValue(ex.field(), "rejected", ex.message());
		}
		catch (NotReadablePropertyException | IllegalArgumentException notAField) {
			errors.reject("rejected", ex.field() + ": " + ex.message());
		}
	}

}
