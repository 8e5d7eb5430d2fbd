package org.tandem.meetings;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.funnel.ReasonCatalogue;

/**
 * An agenda in words, in the reader's language: section titles and lines, for the meeting
 * page, the email that sends the agenda out and the calendar invitation.
 */
@Component
public class AgendaText {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final MessageSource messages;

	private final ReasonCatalogue reasons;

	AgendaText(MessageSource messages, ReasonCatalogue reasons) {
		this.messages = messages;
		this.reasons = reasons;
	}

	/** The section's own title, else its usual name. */
	public String section(MeetingSeries.Section section, Locale locale) {
		return section.title() != null && !section.title().isBlank() ? section.title()
				: this.messages.getMessage("agendaSection." + section.section().name(), null, locale);
	}

	public String line(AgendaLine line, Locale locale) {
		return line(line, locale, this.reasons.labels(locale));
	}

	/** {@link #line} with the reason labels read once for a whole agenda. */
	public String line(AgendaLine line, Locale locale, Map<String, String> reasonLabels) {
		Object[] args = line.args().stream().map(arg -> {
			if (arg.startsWith("#") && arg.length() > 1) {
				return this.messages.getMessage(arg.substring(1), null, arg.substring(1), locale);
			}
			if (arg.startsWith("reason:")) {
				String code = arg.substring("reason:".length());
				return reasonLabels.getOrDefault(code, code);
			}
			return localised(arg, locale);
		}).toArray();
		return this.messages.getMessage(line.message(), args, line.message(), locale);
	}

	/**
	 * A number or a day written as the reader writes them ({@code 1 234,5} and
	 * {@code 23 нояб. 2026 г.} in Russian); any other argument as it is.
	 */
	static Object localised(String arg, Locale locale) {
		if (NUMBER.matcher(arg).matches()) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(2);
			return format.format(new BigDecimal(arg));
		}
		if (DAY.matcher(arg).matches()) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale)
				.format(LocalDate.parse(arg));
		}
		return arg;
	}

	/** The whole agenda as plain text: sections, then their lines as bullets. */
	public String plain(MeetingSeries series, List<AgendaLine> lines, Locale locale) {
		Map<String, String> labels = this.reasons.labels(locale);
		StringBuilder text = new StringBuilder();
		int number = 1;
		for (MeetingSeries.Section section : series.sections()) {
			text.append(number++).append(". ").append(section(section, locale)).append('\n');
			for (AgendaLine line : lines) {
				if (line.section() == section.section()) {
					text.append("   - ").append(line(line, locale, labels)).append('\n');
				}
			}
		}
		return text.toString();
	}

}
