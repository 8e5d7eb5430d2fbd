package org.tandem.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.validation.Validator;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.platform.InputRejectedException;

/**
 * Email-to-lead from a mailbox: every poll reads the messages waiting in the configured
 * IMAP or POP3 folder, turns each into a lead and deletes it once the lead is committed.
 * A message that makes no lead (no sender, say) is marked read and left for a person to
 * look at (POP3 knows no such mark: there it is refused again at every poll). A message
 * read twice (a crash between commit and delete, two instances polling) is the same lead:
 * its Message-ID is the natural key.
 */
@Component
@ConditionalOnProperty(prefix = "tandem.intake.mailbox", name = "host")
@EnableConfigurationProperties(MailboxReader.Mailbox.class)
class MailboxReader {

	private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

	static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

	/** Where the leads' mail waits. */
	@ConfigurationProperties("tandem.intake.mailbox")
	record Mailbox(String protocol, String host, int port, String username, String password, String folder, int batch) {

		Mailbox {
			protocol = protocol == null ? "imaps" : protocol;
			folder = folder == null ? "INBOX" : folder;
			batch = batch <= 0 ? 200 : batch;
		}

	}

	/** What one poll did. */
	record Poll(int leads, int refused) {
	}

	private final Mailbox mailbox;

	private final GroupCommit intake;

	private final Validator validator;

	MailboxReader(Mailbox mailbox, GroupCommit intake, Validator validator) {
		this.mailbox = mailbox;
		this.intake = intake;
		this.validator = validator;
	}

	@SchedulerLock(name = "intake.mailbox", lockAtMostFor = "10m")
	@Scheduled(fixedDelayString = "${tandem.intake.mailbox.poll-interval:60s}", initialDelayString = "10s")
	void scheduledPoll() {
		try {
			Poll poll = poll();
			if (poll.leads() + poll.refused() > 0) {
				log.info("mailbox {}@{}: {} leads, {} messages refused", this.mailbox.username(), this.mailbox.host(),
						poll.leads(), poll.refused());
			}
		}
		catch (MessagingException ex) {
			log.warn("mailbox {}@{} could not be read: {}", this.mailbox.username(), this.mailbox.host(),
					ex.getMessage());
		}
	}

	Poll poll() throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail." + this.mailbox.protocol() + ".connectiontimeout", "10000");
		properties.put("mail." + this.mailbox.protocol() + ".timeout", "30000");
		Store store = Session.getInstance(properties).getStore(this.mailbox.protocol());
		store.connect(this.mailbox.host(), this.mailbox.port() > 0 ? this.mailbox.port() : -1, this.mailbox.username(),
				this.mailbox.password());
		try {
			Folder folder = store.getFolder(this.mailbox.folder());
			folder.open(Folder.READ_WRITE);
			int leads = 0;
			int refused = 0;
			try {
				int count = Math.min(folder.getMessageCount(), this.mailbox.batch());
				for (Message message : folder.getMessages(1, count)) {
					if (message.isSet(Flags.Flag.SEEN)) {
						continue;
					}
					if (take(message)) {
						leads++;
					}
					else {
						refused++;
					}
				}
			}
			finally {
				folder.close(true);
			}
			return new Poll(leads, refused);
		}
		finally {
			store.close();
		}
	}

	private boolean take(Message message) throws MessagingException {
		try {
			if (message.getSize() > MAX_MESSAGE_BYTES) {
				throw new InputRejectedException("message",
						"is larger than " + MAX_MESSAGE_BYTES / 1024 / 1024 + " MB");
			}
			ByteArrayOutputStream raw = new ByteArrayOutputStream();
			message.writeTo(raw);
			this.intake.submit(EmailToLead.read(raw.toByteArray(), this.validator));
			message.setFlag(Flags.Flag.DELETED, true);
			return true;
		}
		catch (InputRejectedException | IOException ex) {
			log.warn("mail message {} makes no lead: {}", message.getMessageNumber(),
					ex instanceof InputRejectedException rejected ? rejected.field() + " " + rejected.message()
							: ex.getMessage());
			message.setFlag(Flags.Flag.SEEN, true);
			return false;
		}
	}

}
