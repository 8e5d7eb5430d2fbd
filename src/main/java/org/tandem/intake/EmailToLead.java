package org.tandem.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.tandem.crm.Channel;
import org.tandem.platform.InputRejectedException;

/**
 * Reads a raw RFC 822 / MIME message into a lead: the sender is the person, the subject
 * and the plain-text body (or the HTML body without its tags) are the message, and the
 * Message-ID makes a redelivered message the same lead.
 */
public final class EmailToLead {

	static final int MAX_MESSAGE = 5000;

	private static final Session SESSION = Session.getInstance(new Properties());

	private EmailToLead() {
	}

	/** Reads the message and checks the lead it makes, naming the field at fault. */
	public static LeadSubmission read(byte[] raw, Validator validator) {
		LeadSubmission lead = read(raw);
		for (ConstraintViolation<LeadSubmission> violation : validator.validate(lead)) {
			throw new InputRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, violation.getPropertyPath().toString(),
					violation.getMessage());
		}
		return lead;
	}

	static LeadSubmission read(byte[] raw) {
		try {
			MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
			InternetAddress sender = sender(message);
			String[] names = names(sender);
			String subject = message.getSubject() == null ? "" : message.getSubject().strip();
			String body = text(message);
			String text = (subject.isEmpty() ? "" : subject + "\n\n") + (body == null ? "" : body.strip());
			String id = message.getMessageID();
			return new LeadSubmission(sender.getAddress(), names[0], names[1], null, null, null, null, Channel.EMAIL,
					null, null, id == null || id.length() > 200 ? null : id, null, false,
					text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) : text, null, null);
		}
		catch (InputRejectedException ex) {
			throw ex;
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			// the mail parser answers some malformed headers with index and state errors
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "message", "is not a readable RFC 822 message");
		}
	}

	private static InternetAddress sender(MimeMessage message) throws MessagingException {
		var from = message.getFrom();
		if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
				|| address.getAddress() == null) {
			throw new InputRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, "from",
					"the message names no sender to make a lead of");
		}
		return address;
	}

	/** First and last name from the sender's display name, or from the address itself. */
	static String[] names(InternetAddress sender) {
		String personal = sender.getPersonal();
		String source = personal != null && !personal.isBlank() ? personal.strip()
				: sender.getAddress().substring(0, sender.getAddress().indexOf('@')).replaceAll("[._-]+", " ").strip();
		if (source.isEmpty()) {
			source = "Unknown";
		}
		int space = source.lastIndexOf(' ');
		String first = space < 0 ? source : source.substring(0, space).strip();
		String last = space < 0 ? "—" : source.substring(space + 1).strip();
		return new String[] { capitalise(clip(first)), capitalise(clip(last)) };
	}

	private static @Nullable String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			String html = null;
			for (int i = 0; i < parts.getCount(); i++) {
				BodyPart child = parts.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
					continue;
				}
				String found = text(child);
				if (found != null && child.isMimeType("text/plain")) {
					return found;
				}
				html = html == null ? found : html;
			}
			return html;
		}
		if (part.isMimeType("text/html")) {
			return String.valueOf(part.getContent())
				.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
				.replaceAll("<[^>]+>", " ")
				.replaceAll("[ \\t]+", " ");
		}
		return null;
	}

	private static String clip(String value) {
		return value.length() > 100 ? value.substring(0, 100) : value;
	}

	private static String capitalise(String value) {
		return value.isEmpty() ? value : value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
	}

}
