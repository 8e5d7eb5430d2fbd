package org.tandem.intake.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCellsTests {

	@Test
	void errorReportCellsCannotRunInASpreadsheet() {
		assertThat(ImportController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ImportController.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(ImportController.cell("plain")).isEqualTo("\"plain\"");
	}

}
