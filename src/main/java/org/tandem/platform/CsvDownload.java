package org.tandem.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file to download: plain numbers as they are, every other cell quoted, and any
 * cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) prefixed with an apostrophe.
 */
public final class CsvDownload {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private CsvDownload() {
	}

	/**
	 * A CSV cell that no spreadsheet will run as a formula: a plain number as it is (a
	 * negative one included), anything else quoted.
	 */
	public static String cell(String value) {
		if (NUMBER.matcher(value).matches()) {
			return value;
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	/** The rows (the header first) as a CSV attachment, UTF-8 with CRLF line ends. */
	public static ResponseEntity<String> of(String fileName, List<List<String>> rows) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(text(rows));
	}

	/** The rows (the header first) as CSV text, with CRLF line ends. */
	public static String text(List<List<String>> rows) {
		StringBuilder csv = new StringBuilder();
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					csv.append(',');
				}
				csv.append(cell(row.get(i) == null ? "" : row.get(i)));
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

}
