package org.tandem.analytics.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.tandem.platform.CsvDownload;
import org.tandem.platform.PdfFonts;

/**
 * A dashboard's sections as documents: a PDF with each section's table and note (in a
 * font that has Cyrillic as well as Latin letters), and each table as CSV, its cells made
 * safe for spreadsheets.
 */
final class ReportDocuments {

	private static final BaseFont REGULAR = PdfFonts.REGULAR;

	private static final BaseFont BOLD = PdfFonts.BOLD;

	private ReportDocuments() {
	}

	/**
	 * The sections as one PDF, landscape A4, under a title and a line saying what it
	 * covers.
	 */
	static byte[] pdf(String title, String subtitle, List<Section> sections) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.addCreator("Tandem");
		document.open();
		document.add(new Paragraph(title, new Font(BOLD, 16)));
		Paragraph covers = new Paragraph(subtitle, new Font(REGULAR, 9, Font.NORMAL, Color.DARK_GRAY));
		covers.setSpacingAfter(10);
		document.add(covers);
		for (Section section : sections) {
			Paragraph heading = new Paragraph(section.title(), new Font(BOLD, 12));
			heading.setSpacingBefore(8);
			heading.setSpacingAfter(4);
			document.add(heading);
			if (!section.header().isEmpty()) {
				document.add(table(section));
			}
			if (section.note() != null) {
				Paragraph note = new Paragraph(section.note(), new Font(REGULAR, 8, Font.NORMAL, Color.DARK_GRAY));
				note.setSpacingBefore(3);
				document.add(note);
			}
		}
		document.close();
		return out.toByteArray();
	}

	/** A section's table as CSV: the header, then the raw values of its cells. */
	static String csv(Section section) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(section.header());
		section.rows().forEach(row -> rows.add(row.stream().map(Cell::raw).toList()));
		return CsvDownload.text(rows);
	}

	private static PdfPTable table(Section section) {
		PdfPTable table = new PdfPTable(section.header().size());
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		Font head = new Font(BOLD, 8);
		Font body = new Font(REGULAR, 8);
		for (String column : section.header()) {
			PdfPCell cell = new PdfPCell(new Phrase(column, head));
			cell.setBackgroundColor(new Color(235, 238, 242));
			cell.setPadding(3);
			table.addCell(cell);
		}
		for (List<Cell> row : section.rows()) {
			for (int i = 0; i < section.header().size(); i++) {
				Cell value = i < row.size() ? row.get(i) : Cells.NONE;
				PdfPCell cell = new PdfPCell(new Phrase(value.shown(), body));
				cell.setPadding(3);
				cell.setHorizontalAlignment(value.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
				table.addCell(cell);
			}
		}
		return table;
	}

}
