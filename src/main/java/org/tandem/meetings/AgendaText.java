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

	/** A line in words, the reason labels read once for a whole agenda. */
	private String line(AgendaLine line, Locale locale, Map<String, String> reasonLabels) {
		return LocalisedText.render(this.messages, line.message(), line.args(), locale, arg -> arg.startsWith("reason:")
				? reasonLabels.getOrDefault(arg.substring("reason:".length()), arg.substring("reason:".length()))
				: arg);
	}

	/** A line of the agenda in words. */
	public record Said(AgendaLine line, String text) {
	}

	/** A section of the agenda in words, with its lines. */
	public record Part(AgendaSection section, String title, List<Said> lines) {
	}

	/**
	 * The agenda in the reader's language, section by section in the series' order: what
	 * the meeting page, the API, the email, the invitation and the pack all show.
	 */
	public List<Part> render(MeetingSeries series, List<AgendaLine> lines, Locale locale) {
		Map<String, String> labels = this.reasons.labels(locale);
		return series.sections()
			.stream()
			.map(section -> new Part(section.section(), section(section, locale),
					lines.stream()
						.filter(line -> line.section() == section.section())
						.map(line -> new Said(line, line(line, locale, labels)))
						.toList()))
			.toList();
	}

	/** The whole agenda as plain text: sections, then their lines as bullets. */
	public String plain(MeetingSeries series, List<AgendaLine> lines, Locale locale) {
		StringBuilder text = new StringBuilder();
		int number = 1;
		for (Part part : render(series, lines, locale)) {
			text.append(number++).append(". ").append(part.title()).append('\n');
			part.lines().forEach(said -> text.append("   - ").append(said.text()).append('\n'));
		}
		return text.toString();
	}

}
