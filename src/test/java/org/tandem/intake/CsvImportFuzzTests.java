package org.tandem.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Iterator;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.tandem.intake.domain.CsvFiles;
import org.tandem.intake.domain.ImportDates;

/**
 * Any file, read as an import reads it: the first line picks the delimiter, then rows are
 * read one by one. A row the parser cannot read ends the file with a report; nothing else
 * may throw, for any cell.
 */
class CsvImportFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void anyFileIsReadRowByRowOrEndsWithAReport(byte[] file) throws IOException {
		String text = readAll(file);
		int end = text.indexOf('\n');
		char delimiter = CsvFiles.detectDelimiter(end < 0 ? text : text.substring(0, end));
		try (CSVParser parser = CsvFiles.format(delimiter).parse(new StringReader(text))) {
			Iterator<CSVRecord> records = parser.iterator();
			while (hasNext(records)) {
				for (String cell : records.next()) {
					for (ImportTarget target : ImportTarget.values()) {
						CsvImporter.looksLikeFormula(target, cell);
					}
					CsvImporter.channel(cell);
					ImportDates.parse(cell, ImportDates.ISO, ZoneOffset.UTC);
				}
			}
		}
	}

	private static String readAll(byte[] file) throws IOException {
		try (Reader reader = CsvFiles.reader(new ByteArrayInputStream(file))) {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[4096];
			int read;
			while ((read = reader.read(buffer)) >= 0) {
				text.append(buffer, 0, read);
			}
			return text.toString();
		}
	}

	/** As the importer asks: an unreadable rest of the file ends the reading. */
	private static boolean hasNext(Iterator<CSVRecord> records) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException unreadable) {
			return false;
		}
	}

}
