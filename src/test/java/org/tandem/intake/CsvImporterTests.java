package org.tandem.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvImporterTests {

	@Test
	void cellsASpreadsheetWouldRunAreRefusedButPhonesMayStartWithPlus() {
		assertThat(CsvImporter.looksLikeFormula(ImportTarget.TITLE, "=SUM(A1)")).isTrue();
		assertThat(CsvImporter.looksLikeFormula(ImportTarget.TITLE, "@cmd")).isTrue();
		assertThat(CsvImporter.looksLikeFormula(ImportTarget.TITLE, "+1")).isTrue();
		assertThat(CsvImporter.looksLikeFormula(ImportTarget.PHONE, "+7 495 123")).isFalse();
		assertThat(CsvImporter.looksLikeFormula(ImportTarget.PHONE, "+cmd")).isTrue();
		assertThat(CsvImporter.looksLikeFormula(ImportTarget.TITLE, "Head of IT")).isFalse();
	}

	@Test
	void guessesColumnsFromTheirHeadersInEitherLanguage() {
		assertThat(ImportTarget.guess("E-mail")).isEqualTo(ImportTarget.EMAIL);
		assertThat(ImportTarget.guess("Фамилия")).isEqualTo(ImportTarget.LAST_NAME);
		assertThat(ImportTarget.guess("Job title")).isEqualTo(ImportTarget.TITLE);
		assertThat(ImportTarget.guess("Favourite colour")).isEqualTo(ImportTarget.IGNORE);
	}

}
