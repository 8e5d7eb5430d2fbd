package org.tandem.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.funnel.ReasonCatalogue;
import org.tandem.platform.LocalisedText;

/**
 * An agenda in words, in the reader's language: section titles and lines, for the meeting
 * page, the email that sends the agenda out and the calendar invitation.
 */
@Component
public class AgendaText {

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
		return LocalisedText.render(this.messages, line.message(), line.args(), locale, arg -> arg.startsWith("reason:")
				? reasonLabels.getOrDefault(arg.substring("reason:".length()), arg.substring("reason:".length()))
				: arg);
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
