package org.tandem.meetings;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;

/**
 * Sends a filled agenda to each participant in their language, as text and HTML, with the
 * meeting's invitation attached. Runs after the agenda is committed, from the event
 * registry, so a mail server that is down delays the email and loses nothing.
 */
@Component
class AgendaMailer {

	private static final Logger log = LoggerFactory.getLogger(AgendaMailer.class);

	private final Meetings meetings;

	private final AgendaText text;

	private final Invitations invitations;

	private final UserDirectory directory;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	AgendaMailer(Meetings meetings, AgendaText text, Invitations invitations, UserDirectory directory,
			ObjectProvider<JavaMailSender> mail, MessageSource messages,
			@Value("${tandem.mail.from:tandem@tandem.local}") String from,
			@Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
		this.meetings = meetings;
		this.text = text;
		this.invitations = invitations;
		this.directory = directory;
		this.mail = mail;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(AgendaReady ready) throws MessagingException {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			log.debug("No mail server is configured (spring.mail.host): the agenda of {} is not emailed",
					ready.meeting());
			return;
		}
		Meeting meeting = this.meetings.meeting(ready.meeting());
		MeetingSeries series = this.meetings.series(meeting.series());
		List<AgendaLine> lines = this.meetings.agenda(meeting.id());
		byte[] invitation = this.invitations.invitation(meeting, series, lines);
		for (UserSummary person : this.directory.all()) {
			if (person.enabled() && series.participants().contains(person.id()) && !person.email().isBlank()) {
				sender.send(message(sender, person, meeting, series, lines, invitation));
			}
		}
	}

	private MimeMessage message(JavaMailSender sender, UserSummary person, Meeting meeting, MeetingSeries series,
			List<AgendaLine> lines, byte[] invitation) throws MessagingException {
		Locale locale = Locale.forLanguageTag(person.locale());
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(meeting.startsAt().atZone(meeting.timeZone())) + " (" + meeting.timeZone().getId() + ")";
		String subject = words("agendaMail.subject", locale, series.title(), when);
		String intro = words("agendaMail.intro", locale, series.title(), when);
		String link = this.baseUrl + "/meetings/" + meeting.id();
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(person.email());
		helper.setSubject(subject);
		StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(intro)).append("</p><ol>");
		for (AgendaText.Part part : this.text.render(series, lines, locale)) {
			html.append("<li><strong>").append(HtmlUtils.htmlEscape(part.title())).append("</strong><ul>");
			part.lines().forEach(said -> html.append("<li>").append(HtmlUtils.htmlEscape(said.text())).append("</li>"));
			html.append("</ul></li>");
		}
		html.append("</ol><p><a href=\"")
			.append(HtmlUtils.htmlEscape(link))
			.append("\">")
			.append(HtmlUtils.htmlEscape(words("agendaMail.open", locale)))
			.append("</a></p>");
		String plain = intro + "\n\n" + this.text.plain(series, lines, locale) + "\n" + words("agendaMail.open", locale)
				+ ": " + link + "\n";
		helper.setText(plain, html.toString());
		helper.addAttachment("meeting.ics", new ByteArrayResource(invitation), "text/calendar; charset=UTF-8");
		return message;
	}

	private String words(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
