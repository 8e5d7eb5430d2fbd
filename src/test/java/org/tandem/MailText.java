package org.tandem;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The decoded plain-text parts of an email, as its reader sees them. */
public final class MailText {

	private MailText() {
	}

	public static String of(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		StringBuilder text = new StringBuilder();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(of(multipart.getBodyPart(i)));
			}
		}
		return text.toString();
	}

}
