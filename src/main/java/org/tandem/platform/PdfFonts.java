package org.tandem.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts Tandem's PDFs are set in: Liberation Sans, embedded, which has Cyrillic as
 * well as Latin letters.
 */
public final class PdfFonts {

	public static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");

	public static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

	private PdfFonts() {
	}

	private static BaseFont font(String resource) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the font " + resource + " is not on the classpath");
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
