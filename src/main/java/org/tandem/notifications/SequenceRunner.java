package org.tandem.notifications;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.notifications.domain.SequenceStore;
import org.tandem.platform.Sha256;

/**
 * Sends the sequence emails that are due. Each lead is checked again before each email:
 * one who withdrew consent, asked not to be contacted or was deleted leaves the sequence
 * unwritten to. A mail server that fails is tried again in a few minutes, ten times.
 * Another instance doing the same at once takes other enrolments: each is claimed first.
 */
@Component
class SequenceRunner {

	private static final Logger log = LoggerFactory.getLogger(SequenceRunner.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SequenceStore store;

	private final ContactManagement contacts;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	SequenceRunner(SequenceStore store, ContactManagement contacts, ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${tandem.mail.from:tandem@tandem.local}") String from,
			@Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
		this.store = store;
		this.contacts = contacts;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Scheduled(fixedDelayString = "${tandem.sequences.check:30s}", initialDelayString = "${tandem.sequences.check:30s}")
	void sendDue() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return; // no mail server: enrolments wait until one is configured
		}
		Instant now = this.clock.instant();
		List<SequenceStore.Due> due = this.store.claim(now, now.plus(Duration.ofMinutes(2)), 100);
		if (due.isEmpty()) {
			return;
		}
		Map<org.tandem.crm.ContactId, ContactSummary> people = this.contacts
			.findAll(due.stream().map(SequenceStore.Due::contact).toList());
		for (SequenceStore.Due one : due) {
			send(sender, one, people.get(one.contact()), now);
		}
	}

	private void send(JavaMailSender sender, SequenceStore.Due due, ContactSummary person, Instant now) {
		Optional<Sequence> sequence = this.store.find(due.sequence());
		if (sequence.isEmpty() || due.step() >= sequence.get().steps().size()) {
			this.store.stop(due.id(), "the sequence changed");
			return;
		}
		if (person == null || person.deletedAt() != null) {
			this.store.stop(due.id(), "the lead is gone");
			return;
		}
		if (!person.consent().email() || person.consent().doNotContact()) {
			this.store.stop(due.id(), "the lead may not be emailed");
			return;
		}
		List<Sequence.Step> steps = sequence.get().steps();
		Sequence.Step step = steps.get(due.step());
		try {
			sender.send(message(sender, person, step));
			Instant next = due.step() + 1 < steps.size()
					? now.plus(Duration.ofDays(steps.get(due.step() + 1).delayDays())) : null;
			this.store.sent(due.id(), due.step(), now, next);
		}
		catch (MailException | MessagingException ex) {
			log.warn("Sequence email to {} failed: {}", person.id(), ex.getMessage());
			if (due.failures() >= 9) {
				this.store.stop(due.id(), "the mail server kept failing");
			}
			else {
				this.store.failed(due.id(), now.plus(Duration.ofMinutes(5)));
			}
		}
	}

	private MimeMessage message(JavaMailSender sender, ContactSummary person, Sequence.Step step)
			throws MessagingException {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		this.store.saveUnsubscribe(Sha256.hex(token), person.id(), this.clock.instant());
		String unsubscribe = this.baseUrl + "/u/" + token;
		String text = fill(step.body(), person);
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(person.email());
		helper.setSubject(fill(step.subject(), person));
		String plain = text + "\n\n--\nUnsubscribe / Отписаться: " + unsubscribe + "\n";
		String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n", "<br>") + "</p><hr><p style=\"font-size:small\">"
				+ "<a href=\"" + HtmlUtils.htmlEscape(unsubscribe) + "\">Unsubscribe / Отписаться</a></p>";
		helper.setText(plain, html);
		// one-click unsubscribe from the mail program (RFC 8058)
		message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return message;
	}

	/** The lead's own names in place of {firstName} and {lastName}. */
	static String fill(String template, ContactSummary person) {
		return template.replace("{firstName}", person.firstName()).replace("{lastName}", person.lastName());
	}

}
