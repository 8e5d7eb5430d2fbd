package org.tandem.intake.web;

import org.junit.jupiter.api.Test;

import org.tandem.platform.CsvDownload;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCellsTests {

	@Test
	void errorReportCellsCannotRunInASpreadsheet() {
		assertThat(CsvDownload.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvDownload.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(CsvDownload.cell("plain")).isEqualTo("\"plain\"");
	}

}
