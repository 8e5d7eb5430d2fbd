package org.tandem.platform;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * Bar charts drawn straight into a PDF as vectors, for the printed packs: no image
 * library, the same fonts as the text, sharp at any zoom.
 */
public final class PdfCharts {

	/** Colour-blind safe blue, orange, green and purple. */
	private static final Color[] PALETTE = { new Color(0x1F, 0x77, 0xB4), new Color(0xFF, 0x7F, 0x0E),
			new Color(0x2C, 0xA0, 0x2C), new Color(0x94, 0x67, 0xBD) };

	private static final float FONT = 8;

	private PdfCharts() {
	}

	/** One named row of values, one per category. */
	public record Series(String name, double[] values) {
	}

	/**
	 * Grouped vertical bars: a group per category, a bar per series, each labelled with
	 * its value, the categories below and a legend above.
	 * @param canvas the writer's direct content, from which the chart's template is made
	 */
	public static Image bars(PdfContentByte canvas, List<String> categories, List<Series> series, float width,
			float height, Locale locale) {
		PdfTemplate chart = canvas.createTemplate(width, height);
		NumberFormat numbers = NumberFormat.getNumberInstance(locale);
		numbers.setMaximumFractionDigits(1);
		double max = 0;
		for (Series one : series) {
			for (double value : one.values()) {
				max = Math.max(max, value);
			}
		}
		float legend = 14;
		float labels = 14;
		float top = height - legend - FONT - 2;
		float plot = top - labels;
		float left = 4;
		float group = (width - left) / Math.max(1, categories.size());
		float bar = Math.min(28, (group - 12) / Math.max(1, series.size()));
		// the axis
		chart.setColorStroke(Color.GRAY);
		chart.setLineWidth(0.5f);
		chart.moveTo(left, labels);
		chart.lineTo(width, labels);
		chart.stroke();
		for (int c = 0; c < categories.size(); c++) {
			float start = left + c * group + (group - bar * series.size()) / 2;
			for (int s = 0; s < series.size(); s++) {
				double value = series.get(s).values()[c];
				float tall = max <= 0 ? 0 : (float) (value / max * plot);
				float x = start + s * bar;
				chart.setColorFill(PALETTE[s % PALETTE.length]);
				chart.rectangle(x + 1, labels, bar - 2, Math.max(tall, 0.5f));
				chart.fill();
				text(chart, numbers.format(value), x + bar / 2, labels + tall + 2, Element.ALIGN_CENTER);
			}
			text(chart, categories.get(c), left + c * group + group / 2, 3, Element.ALIGN_CENTER);
		}
		float x = left;
		for (int s = 0; s < series.size(); s++) {
			chart.setColorFill(PALETTE[s % PALETTE.length]);
			chart.rectangle(x, height - legend + 2, 8, 8);
			chart.fill();
			text(chart, series.get(s).name(), x + 11, height - legend + 3, Element.ALIGN_LEFT);
			x += 11 + PdfFonts.REGULAR.getWidthPoint(series.get(s).name(), FONT) + 14;
		}
		try {
			Image image = Image.getInstance(chart);
			image.setAlignment(Element.ALIGN_LEFT);
			return image;
		}
		catch (BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void text(PdfTemplate chart, String text, float x, float y, int align) {
		chart.beginText();
		chart.setFontAndSize(PdfFonts.REGULAR, FONT);
		chart.setColorFill(Color.DARK_GRAY);
		chart.showTextAligned(align, text, x, y, 0);
		chart.endText();
	}

}
