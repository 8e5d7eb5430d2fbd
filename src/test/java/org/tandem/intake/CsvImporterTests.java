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
		assertThat(ImportTarget.guess("E-mail", ImportKind.LEADS)).isEqualTo(ImportTarget.EMAIL);
		assertThat(ImportTarget.guess("Фамилия", ImportKind.LEADS)).isEqualTo(ImportTarget.LAST_NAME);
		assertThat(ImportTarget.guess("Job title", ImportKind.LEADS)).isEqualTo(ImportTarget.TITLE);
		assertThat(ImportTarget.guess("Favourite colour", ImportKind.LEADS)).isEqualTo(ImportTarget.IGNORE);
	}

}
