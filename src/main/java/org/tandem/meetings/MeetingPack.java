package org.tandem.meetings;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.platform.PdfCharts;
import org.tandem.platform.PdfFonts;

/**
 * A meeting as a printable pack, in the reader's language: its agenda section by section
 * with the lines filled from the numbers and the participants' topics, the decisions, the
 * action items as a table, and the minutes.
 */
@Component
public class MeetingPack {

	private final Meetings meetings;

	private final AgendaText text;

	private final MessageSource messages;

	MeetingPack(Meetings meetings, AgendaText text, MessageSource messages) {
		this.meetings = meetings;
		this.text = text;
		this.messages = messages;
	}

	public byte[] pdf(Meeting meeting, Locale locale) {
		MeetingSeries series = this.meetings.series(meeting.series());
		List<AgendaLine> lines = this.meetings.agenda(meeting.id());
		Font title = new Font(PdfFonts.BOLD, 16);
		Font heading = new Font(PdfFonts.BOLD, 12);
		Font body = new Font(PdfFonts.REGULAR, 10);
		Font small = new Font(PdfFonts.REGULAR, 9, Font.NORMAL, Color.DARK_GRAY);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(series.title());
		document.addCreator("Tandem");
		document.open();
		document.add(new Paragraph(series.title(), title));
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(meeting.startsAt().atZone(meeting.timeZone())) + " (" + meeting.timeZone().getId() + ") · "
				+ words("meetingStatus." + meeting.status().name(), locale);
		document.add(new Paragraph(when, small));
		document.add(new Paragraph(words("meetings.agenda", locale), heading));
		int number = 1;
		for (AgendaText.Part part : this.text.render(series, lines, locale)) {
			Paragraph name = new Paragraph(number++ + ". " + part.title(), new Font(PdfFonts.BOLD, 10));
			name.setSpacingBefore(6);
			document.add(name);
			for (AgendaText.Said said : part.lines()) {
				String text = said.text() + (said.line().addedBy() != null ? " — " + said.line().addedBy() : "");
				Paragraph item = new Paragraph("• " + text, body);
				item.setIndentationLeft(12);
				document.add(item);
			}
			Image chart = chart(writer, part, locale);
			if (chart != null) {
				chart.setIndentationLeft(12);
				chart.setSpacingBefore(4);
				document.add(chart);
			}
		}
		List<Decision> decisions = this.meetings.decisions(meeting.id());
		document.add(spaced(new Paragraph(words("meetings.decisions", locale), heading)));
		if (decisions.isEmpty()) {
			document.add(new Paragraph(words("meetings.noDecisions", locale), small));
		}
		for (Decision decision : decisions) {
			document.add(new Paragraph("• " + decision.text() + " — " + decision.recordedBy(), body));
		}
		List<ActionItem> items = this.meetings.items(meeting);
		document.add(spaced(new Paragraph(words("meetings.items", locale), heading)));
		if (items.isEmpty()) {
			document.add(new Paragraph(words("meetings.noItems", locale), small));
		}
		else {
			document.add(items(items, locale, body));
		}
		document.add(spaced(new Paragraph(words("meetings.minutes", locale), heading)));
		document.add(new Paragraph(meeting.minutes() == null ? words("meetings.noMinutes", locale) : meeting.minutes(),
				meeting.minutes() == null ? small : body));
		document.close();
		return out.toByteArray();
	}

	/**
	 * The chart a section's numbers make: the period's leads by how far they got beside
	 * the period before's, or each campaign's leads, MQLs and SQLs; none for the others.
	 */
	private @Nullable Image chart(PdfWriter writer, AgendaText.Part part, Locale locale) {
		Map<String, List<String>> byMessage = new HashMap<>();
		List<String> campaigns = new ArrayList<>();
		List<double[]> campaignValues = new ArrayList<>();
		for (AgendaText.Said said : part.lines()) {
			AgendaLine line = said.line();
			byMessage.put(line.message(), line.args());
			if ("agenda.campaign".equals(line.message()) && line.args().size() >= 4) {
				campaigns.add(abbreviate(line.args().get(0)));
				campaignValues.add(numbers(line.args().subList(1, 4)));
			}
		}
		List<String> now = byMessage.get("agenda.cohort");
		List<String> before = byMessage.get("agenda.cohortBefore");
		List<String> stages = List.of(words("agenda.chart.leads", locale), words("agenda.chart.mqls", locale),
				words("agenda.chart.sqls", locale), words("agenda.chart.won", locale));
		if (now != null && before != null && now.size() >= 4 && before.size() >= 4) {
			return PdfCharts.bars(writer.getDirectContent(), stages,
					List.of(new PdfCharts.Series(words("agenda.chart.before", locale), numbers(before.subList(0, 4))),
							new PdfCharts.Series(words("agenda.chart.period", locale), numbers(now.subList(0, 4)))),
					360, 130, locale);
		}
		if (!campaigns.isEmpty()) {
			List<PdfCharts.Series> series = new ArrayList<>();
			for (int s = 0; s < 3; s++) {
				double[] values = new double[campaigns.size()];
				for (int c = 0; c < campaigns.size(); c++) {
					values[c] = campaignValues.get(c)[s];
				}
				series.add(new PdfCharts.Series(stages.get(s), values));
			}
			return PdfCharts.bars(writer.getDirectContent(), campaigns, series, 500, 140, locale);
		}
		return null;
	}

	private static double[] numbers(List<String> args) {
		double[] values = new double[args.size()];
		for (int i = 0; i < values.length; i++) {
			try {
				values[i] = Double.parseDouble(args.get(i));
			}
			catch (NumberFormatException ex) {
				values[i] = 0;
			}
		}
		return values;
	}

	private static String abbreviate(String name) {
		return name.length() <= 18 ? name : name.substring(0, 17) + "…";
	}

	private PdfPTable items(List<ActionItem> items, Locale locale, Font body) {
		PdfPTable table = new PdfPTable(new float[] { 5, 2.5f, 1.6f, 1.4f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		Font head = new Font(PdfFonts.BOLD, 9);
		for (String key : List.of("meetings.itemTitle", "meetings.owner", "meetings.dueOn", "meetings.statusLabel")) {
			PdfPCell cell = new PdfPCell(new Phrase(words(key, locale), head));
			cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
			table.addCell(cell);
		}
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		LocalDate today = LocalDate.now();
		for (ActionItem item : items) {
			table.addCell(new Phrase(item.title(), body));
			table.addCell(new Phrase(item.ownerName(), body));
			table.addCell(new Phrase(dates.format(item.dueOn()), body));
			table.addCell(new Phrase(words("actionStatus." + item.status().name(), locale)
					+ (item.overdue(today) ? " · " + words("meetings.overdue", locale) : ""), body));
		}
		return table;
	}

	private static Paragraph spaced(Paragraph paragraph) {
		paragraph.setSpacingBefore(10);
		return paragraph;
	}

	private String words(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
