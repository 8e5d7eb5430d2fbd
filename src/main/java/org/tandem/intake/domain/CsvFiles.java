package org.tandem.intake.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;

/**
 * Reading the CSV files people bring: UTF-8 with or without a byte-order mark, comma,
 * semicolon or tab, quoted fields, CRLF or LF. Bytes that are not UTF-8 become U+FFFD so
 * that the row can be reported instead of stopping the file.
 */
public final class CsvFiles {

	/** What a row holds where its bytes were not UTF-8. */
	public static final char UNREADABLE = '\uFFFD';

	private CsvFiles() {
	}

	public static Reader reader(InputStream in) throws IOException {
		PushbackInputStream stream = new PushbackInputStream(in, 3);
		byte[] bom = new byte[3];
		int read = stream.readNBytes(bom, 0, 3);
		boolean hasBom = read == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
		if (!hasBom && read > 0) {
			stream.unread(bom, 0, read);
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		return new BufferedReader(new InputStreamReader(stream, decoder), 64 * 1024);
	}

	/** The delimiter a header line most likely uses. */
	public static char detectDelimiter(String headerLine) {
		char best = ',';
		long most = -1;
		for (char candidate : new char[] { ',', ';', '\t' }) {
			long count = headerLine.chars().filter(c -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

	public static CSVFormat format(char delimiter) {
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setQuote('"')
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
	}

}
