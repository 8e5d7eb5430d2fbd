package org.tandem.intake;

import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email-to-lead from a real IMAP mailbox (GreenMail in the test): each message becomes a
 * lead and leaves the mailbox, a message that makes no lead stays marked read, and the
 * same message delivered twice is one lead.
 */
@IntegrationTest
@TestPropertySource(properties = { "tandem.intake.mailbox.protocol=imap", "tandem.intake.mailbox.host=127.0.0.1",
		"tandem.intake.mailbox.port=3143", "tandem.intake.mailbox.username=leads",
		"tandem.intake.mailbox.password=leads-secret", "tandem.intake.mailbox.poll-interval=1h" })
class MailboxReaderIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.IMAP);

	@Autowired
	MailboxReader reader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachMessageBecomesOneLeadAndLeavesTheMailbox() throws Exception {
		GreenMailUser mailbox = mail.setUser("leads@tandem.test", "leads", "leads-secret");
		String sender = "olga." + UUID.randomUUID().toString().substring(0, 8) + "@northwind-mail.example";
		MimeMessage request = message("Olga Petrova <" + sender + ">", "Pricing for 40 seats",
				"Hello, we would like a quote for 40 seats.", "<quote-" + sender + ">");
		mailbox.deliver(request);
		mailbox.deliver(message(null, "No sender", "Who sent this?", "<nobody-" + sender + ">"));

		assertThat(this.reader.poll()).isEqualTo(new MailboxReader.Poll(1, 1));
		assertThat(contacts(sender)).isOne();
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM crm_activity a JOIN crm_contact c ON c.id = a.contact_id "
					+ "WHERE c.email_normalized = ? AND a.type = 'EMAIL' AND a.body LIKE '%40 seats%'")
			.param(sender)
			.query(Long.class)
			.single()).isOne();
		assertThat(mail.getReceivedMessages()).as("the lead's message is deleted, the refused one kept").hasSize(1);

		assertThat(this.reader.poll()).as("the refused message is not read again")
			.isEqualTo(new MailboxReader.Poll(0, 0));

		mailbox.deliver(message("Olga Petrova <" + sender + ">", "Pricing for 40 seats",
				"Hello, we would like a quote for 40 seats.", "<quote-" + sender + ">"));
		assertThat(this.reader.poll()).isEqualTo(new MailboxReader.Poll(1, 0));
		assertThat(contacts(sender)).as("a redelivered message is the same lead").isOne();
	}

	private long contacts(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM crm_contact WHERE email_normalized = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private static MimeMessage message(String from, String subject, String body, String messageId) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties())) {

			@Override
			protected void updateMessageID() throws jakarta.mail.MessagingException {
				setHeader("Message-ID", messageId);
			}

		};
		if (from != null) {
			message.setFrom(new InternetAddress(from));
		}
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("leads@tandem.test"));
		message.setSubject(subject);
		message.setText(body);
		message.saveChanges();
		return message;
	}

}
