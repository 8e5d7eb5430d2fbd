package org.tandem.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells of a downloaded CSV cannot run in a spreadsheet, and numbers stay numbers.
 */
class CsvDownloadTests {

	@Test
	void cellsThatLookLikeFormulasAreWrittenAsText() {
		assertThat(CsvDownload.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvDownload.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(CsvDownload.cell("-1+2")).isEqualTo("\"'-1+2\"");
		assertThat(CsvDownload.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(CsvDownload.cell("plain")).isEqualTo("\"plain\"");
	}

	@Test
	void plainNumbersAreLeftAsTheyAre() {
		assertThat(CsvDownload.cell("42")).isEqualTo("42");
		assertThat(CsvDownload.cell("-0.053")).isEqualTo("-0.053");
		assertThat(CsvDownload.cell("1e5")).isEqualTo("\"1e5\"");
	}

}
