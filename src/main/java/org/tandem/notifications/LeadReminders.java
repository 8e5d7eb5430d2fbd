package org.tandem.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.crm.ActivityRecorded;
import org.tandem.crm.ActivityType;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.notifications.domain.SequenceStore;

/**
 * Reminders of meetings a rep booked with a lead (a meeting logged on the lead for a time
 * ahead): the day before, the rep through their channels and the lead by email, unless
 * the lead unsubscribed or asked not to be contacted.
 */
@Component
class LeadReminders {

	private static final Logger log = LoggerFactory.getLogger(LeadReminders.class);

	private static final Duration BEFORE = Duration.ofDays(1);

	private final SequenceStore store;

	private final ContactManagement contacts;

	private final UserDirectory directory;

	private final Notifier notifier;

	private final LeadMail mail;

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final Clock clock;

	LeadReminders(SequenceStore store, ContactManagement contacts, UserDirectory directory, Notifier notifier,
			LeadMail mail, ObjectProvider<JavaMailSender> sender, MessageSource messages, Clock clock) {
		this.store = store;
		this.contacts = contacts;
		this.directory = directory;
		this.notifier = notifier;
		this.mail = mail;
		this.sender = sender;
		this.messages = messages;
		this.clock = clock;
	}

	/** A meeting logged on a lead for more than an hour ahead is to be reminded of. */
	void booked(ActivityRecorded recorded) {
		Instant now = this.clock.instant();
		if (recorded.type() != ActivityType.MEETING || recorded.contact() == null || recorded.actor() == null
				|| !recorded.at().isAfter(now.plus(Duration.ofHours(1)))) {
			return;
		}
		Instant remindAt = recorded.at().minus(BEFORE);
		this.store.saveReminder(recorded.activity().value(), recorded.contact(), recorded.actor().value(),
				recorded.at(), remindAt.isBefore(now) ? now : remindAt);
	}

	@SchedulerLock(name = "notifications.lead-reminders", lockAtMostFor = "10m")
	@Scheduled(fixedDelayString = "${tandem.sequences.check:30s}", initialDelayString = "${tandem.sequences.check:30s}")
	void remindDue() {
		Instant now = this.clock.instant();
		List<SequenceStore.Reminder> due = this.store.claimReminders(now, now.plus(Duration.ofMinutes(2)));
		if (due.isEmpty()) {
			return;
		}
		Map<ContactId, ContactSummary> leads = this.contacts
			.findAll(due.stream().map(SequenceStore.Reminder::contact).toList());
		for (SequenceStore.Reminder reminder : due) {
			ContactSummary lead = leads.get(reminder.contact());
			UserSummary rep = this.directory.find(new UserId(reminder.rep())).orElse(null);
			if (lead == null || rep == null) {
				this.store.reminded(reminder.activity(), now);
				continue;
			}
			this.notifier.tell(new Notice(NotificationListeners.id("lead-meeting", reminder.activity(), ""),
					Topic.MEETING_REMINDER, now, List.of(rep.id()), "notification.leadMeeting",
					List.of(lead.name(), when(reminder.meetingAt(), Locale.ENGLISH)), "/contacts/" + lead.id().value(),
					Map.of("contact", lead.id().value().toString(), "meetingAt", reminder.meetingAt().toString())));
			JavaMailSender mailer = this.sender.getIfAvailable();
			if (mailer != null && LeadMail.mayEmail(lead)) {
				Locale locale = Locale.forLanguageTag(lead.language() == null ? "en" : lead.language());
				String at = when(reminder.meetingAt(), locale);
				try {
					mailer.send(this.mail.compose(mailer, lead,
							this.messages.getMessage("leadReminder.subject", new Object[] { at }, locale),
							this.messages.getMessage("leadReminder.body",
									new Object[] { lead.firstName(), at, rep.displayName(), rep.email() }, locale)));
				}
				catch (MailException | MessagingException ex) {
					// the rep was told; the lead's email is not worth holding the
					// reminder for
					log.warn("Meeting reminder to lead {} failed: {}", lead.id(), ex.getMessage());
				}
			}
			this.store.reminded(reminder.activity(), now);
		}
	}

	private static String when(Instant at, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(at.atZone(ZoneId.of("UTC"))) + " UTC";
	}

}
