package org.tandem.notifications;

/** A person's choice for one topic: in the app, by email, and how often. */
public record Preference(Topic topic, boolean inApp, boolean email, Digest digest) {

	/** What a person hears until they choose: the bell only. */
	public static Preference standard(Topic topic) {
		return new Preference(topic, true, false, Digest.NONE);
	}

}
