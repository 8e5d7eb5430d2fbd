package org.tandem.leadership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.tandem.crm.ContactErased;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.funnel.ActorKind;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.StageChanged;
import org.tandem.identity.CurrentUser;
import org.tandem.leadership.domain.PulseStore;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Sha256;

/**
 * Customer satisfaction: a customer whose deal was won, or whom a rep chooses to ask
 * (after a support call, say), is asked, once in 90 days, how likely they are to
 * recommend the company (0–10), by an email in their language with a link that needs no
 * login; only the link's hash is kept, and the answer counts once. Imported history asks
 * nobody, and nobody who asked not to be contacted is written to.
 */
@Service
@Transactional
public class CustomerPulse {

	private static final Logger log = LoggerFactory.getLogger(CustomerPulse.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration ONCE_IN = Duration.ofDays(90);

	private final PulseStore store;

	private final ContactManagement contacts;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	CustomerPulse(PulseStore store, ContactManagement contacts, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, Clock clock, @Value("${tandem.mail.from:tandem@tandem.local}") String from,
			@Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
		this.store = store;
		this.contacts = contacts;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A deal won by a person's work (not imported history) asks its customer. */
	@EventListener
	void on(StageChanged changed) {
		if (changed.to() == LifecycleStage.WON && changed.actorKind() != ActorKind.IMPORT) {
			Instant now = this.clock.instant();
			this.store.ask(changed.contact(), now, now.minus(ONCE_IN));
		}
	}

	@EventListener
	void on(ContactErased erased) {
		this.store.forget(erased.contact());
	}

	/**
	 * Asks a customer the viewer may see, after a support call or any other moment a rep
	 * chooses; false when they were asked in the last 90 days.
	 */
	public boolean ask(ContactId contact, CurrentUser by) {
		this.contacts.find(contact, by).orElseThrow(() -> new NotFoundException("Contact", contact.value()));
		Instant now = this.clock.instant();
		return this.store.ask(contact, now, now.minus(ONCE_IN));
	}

	/** The customer's latest survey, if the viewer may see the customer. */
	@Transactional(readOnly = true)
	public Optional<PulseStore.Latest> latest(ContactId contact, CurrentUser viewer) {
		this.contacts.find(contact, viewer).orElseThrow(() -> new NotFoundException("Contact", contact.value()));
		return this.store.latest(contact);
	}

	/** Sends the surveys waiting, a batch at a time; every 30 s, and when asked. */
	@SchedulerLock(name = "leadership.customer-pulse", lockAtMostFor = "10m")
	@Scheduled(fixedDelayString = "${tandem.leadership.pulse-check:30s}",
			initialDelayString = "${tandem.leadership.pulse-check:30s}")
	public int sendDue() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<PulseStore.Due> due = this.store.claim(now, now.plus(Duration.ofMinutes(2)), 100);
		int sent = 0;
		for (PulseStore.Due one : due) {
			ContactSummary customer = this.contacts.findAll(List.of(one.contact())).get(one.contact());
			if (customer == null || customer.deletedAt() != null || customer.consent().doNotContact()
					|| customer.email().isBlank()) {
				this.store.skipped(one.id(), customer == null ? "no such contact" : "not to be contacted");
				continue;
			}
			byte[] bytes = new byte[24];
			RANDOM.nextBytes(bytes);
			String token = HexFormat.of().formatHex(bytes);
			try {
				sender.send(message(sender, customer, this.baseUrl + "/s/" + token + "?lang="
						+ (customer.language() == null ? "en" : customer.language())));
				this.store.sent(one.id(), Sha256.hex(token), now);
				sent++;
			}
			catch (MailException | MessagingException ex) {
				log.warn("The satisfaction survey to contact {} was not sent: {}", customer.id(), ex.getMessage());
			}
		}
		return sent;
	}

	private MimeMessage message(JavaMailSender sender, ContactSummary customer, String link) throws MessagingException {
		Locale locale = Locale.forLanguageTag(customer.language() == null ? "en" : customer.language());
		String greeting = this.messages.getMessage("pulse.mail.greeting", new Object[] { customer.firstName() },
				locale);
		String question = this.messages.getMessage("pulse.question", null, locale);
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(customer.email());
		helper.setSubject(this.messages.getMessage("pulse.mail.subject", null, locale));
		helper.setText(greeting + "\n\n" + question + "\n" + link + "\n",
				"<p>" + HtmlUtils.htmlEscape(greeting) + "</p><p>" + HtmlUtils.htmlEscape(question)
						+ "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(link)
						+ "</a></p>");
		return message;
	}

	/** Whether a link opens a survey, and whether it was answered already. */
	@Transactional(readOnly = true)
	public Optional<Boolean> answeredByLink(String token) {
		return this.store.byToken(Sha256.hex(token)).map(PulseStore.Opened::answered);
	}

	/** Records a customer's answer, once. */
	public void answer(String token, int score, @Nullable String comment) {
		PulseStore.Opened opened = this.store.byToken(Sha256.hex(token))
			.orElseThrow(() -> new NotFoundException("Survey", "this link"));
		if (score < 0 || score > 10) {
			throw new InputRejectedException("score", "is from 0 to 10");
		}
		String said = comment == null || comment.isBlank() ? null : comment.strip();
		if (said != null && said.length() > 2000) {
			throw new InputRejectedException("comment", "has up to 2000 characters");
		}
		if (!this.store.answer(opened.id(), score, said, this.clock.instant())) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "score", "this survey was answered already");
		}
	}

	/** What customers answered over the last {@code period}. */
	@Transactional(readOnly = true)
	public Pulse since(Duration period) {
		return this.store.since(this.clock.instant().minus(period), 8);
	}

}
