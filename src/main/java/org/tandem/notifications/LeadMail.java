package org.tandem.notifications;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tandem.crm.ContactSummary;
import org.tandem.notifications.domain.SequenceStore;
import org.tandem.platform.Sha256;

/**
 * An email to a lead, always with a link that unsubscribes at once (and the headers for
 * the mail program's one-click button, RFC 8058); only the link's hash is kept.
 */
@Component
class LeadMail {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SequenceStore store;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	LeadMail(SequenceStore store, Clock clock, @Value("${tandem.mail.from:tandem@tandem.local}") String from,
			@Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
		this.store = store;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Whether a lead may be written to: they agreed to email and did not ask to be left
	 * alone.
	 */
	static boolean mayEmail(ContactSummary person) {
		return person.deletedAt() == null && person.consent().email() && !person.consent().doNotContact();
	}

	MimeMessage compose(JavaMailSender sender, ContactSummary person, String subject, String text)
			throws MessagingException {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		this.store.saveUnsubscribe(Sha256.hex(token), person.id(), this.clock.instant());
		String unsubscribe = this.baseUrl + "/u/" + token;
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(person.email());
		helper.setSubject(subject);
		String plain = text + "\n\n--\nUnsubscribe / Отписаться: " + unsubscribe + "\n";
		String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n", "<br>") + "</p><hr><p style=\"font-size:small\">"
				+ "<a href=\"" + HtmlUtils.htmlEscape(unsubscribe) + "\">Unsubscribe / Отписаться</a></p>";
		helper.setText(plain, html);
		message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return message;
	}

}
