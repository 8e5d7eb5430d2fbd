package org.tandem.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.notifications.domain.SequenceStore;

/**
 * Sends the sequence emails that are due. Each lead is checked again before each email:
 * one who withdrew consent, asked not to be contacted or was deleted leaves the sequence
 * unwritten to. A mail server that fails is tried again in a few minutes, ten times.
 * Another instance doing the same at once takes other enrolments: each is claimed first.
 */
@Component
class SequenceRunner {

	private static final Logger log = LoggerFactory.getLogger(SequenceRunner.class);

	private final SequenceStore store;

	private final ContactManagement contacts;

	private final ObjectProvider<JavaMailSender> sender;

	private final LeadMail mail;

	private final Clock clock;

	SequenceRunner(SequenceStore store, ContactManagement contacts, ObjectProvider<JavaMailSender> sender,
			LeadMail mail, Clock clock) {
		this.store = store;
		this.contacts = contacts;
		this.sender = sender;
		this.mail = mail;
		this.clock = clock;
	}

	@SchedulerLock(name = "notifications.sequences", lockAtMostFor = "10m")
	@Scheduled(fixedDelayString = "${tandem.sequences.check:30s}", initialDelayString = "${tandem.sequences.check:30s}")
	void sendDue() {
		JavaMailSender sender = this.sender.getIfAvailable();
		if (sender == null) {
			return; // no mail server: enrolments wait until one is configured
		}
		Instant now = this.clock.instant();
		List<SequenceStore.Due> due = this.store.claim(now, now.plus(Duration.ofMinutes(2)), 100);
		if (due.isEmpty()) {
			return;
		}
		Map<ContactId, ContactSummary> people = this.contacts
			.findAll(due.stream().map(SequenceStore.Due::contact).toList());
		Map<UUID, Sequence> sequences = this.store.definitions()
			.stream()
			.collect(Collectors.toMap(Sequence::id, Function.identity()));
		for (SequenceStore.Due one : due) {
			send(sender, one, Optional.ofNullable(sequences.get(one.sequence())), people.get(one.contact()), now);
		}
	}

	private void send(JavaMailSender sender, SequenceStore.Due due, Optional<Sequence> sequence, ContactSummary person,
			Instant now) {
		if (sequence.isEmpty() || due.step() >= sequence.get().steps().size()) {
			this.store.stop(due.id(), "the sequence changed");
			return;
		}
		if (person == null || person.deletedAt() != null) {
			this.store.stop(due.id(), "the lead is gone");
			return;
		}
		if (!LeadMail.mayEmail(person)) {
			this.store.stop(due.id(), "the lead may not be emailed");
			return;
		}
		List<Sequence.Step> steps = sequence.get().steps();
		Sequence.Step step = steps.get(due.step());
		try {
			sender.send(this.mail.compose(sender, person, fill(step.subject(), person), fill(step.body(), person)));
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

	/** The lead's own names in place of {firstName} and {lastName}. */
	static String fill(String template, ContactSummary person) {
		return template.replace("{firstName}", person.firstName()).replace("{lastName}", person.lastName());
	}

}
