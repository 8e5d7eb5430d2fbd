package org.tandem.intake;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.tandem.platform.InputRejectedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes posted as an email become a valid lead or a clear refusal naming the field;
 * nothing else may come out of the parser.
 */
class EmailToLeadFuzzTests {

	private static ValidatorFactory validation;

	private static Validator validator;

	@BeforeAll
	static void startValidation() {
		validation = Validation.buildDefaultValidatorFactory();
		validator = validation.getValidator();
	}

	@AfterAll
	static void stopValidation() {
		validation.close();
	}

	@FuzzTest(maxDuration = "10s")
	void anyMessageIsALeadOrARefusal(byte[] raw) {
		try {
			LeadSubmission lead = EmailToLead.read(raw, validator);
			assertThat(validator.validate(lead)).isEmpty();
		}
		catch (InputRejectedException refused) {
			assertThat(refused.field()).isNotBlank();
			assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
		}
	}

}
