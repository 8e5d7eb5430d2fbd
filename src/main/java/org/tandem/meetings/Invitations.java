package org.tandem.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;

/**
 * Meetings as iCalendar (RFC 5545): an invitation per meeting, with its agenda as the
 * description and its participants as attendees, and a feed of a person's meetings that
 * Outlook or Google Calendar subscribe to. Times are written in UTC, which every calendar
 * shows in its reader's zone; a meeting keeps its id, so an updated invitation replaces
 * the earlier one. The objects carry no iTIP method: they are published for calendars to
 * import or subscribe to, and Tandem does not collect replies.
 */
@Component
public class Invitations {

	private static final String PRODUCT = "-//Tandem//Meetings//EN";

	private final AgendaText text;

	private final Meetings meetings;

	private final UserDirectory directory;

	private final Clock clock;

	private final String baseUrl;

	Invitations(AgendaText text, Meetings meetings, UserDirectory directory, Clock clock,
			@Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
		this.clock = clock;
		this.text = text;
		this.meetings = meetings;
		this.directory = directory;
		this.baseUrl = baseUrl;
	}

	/** One meeting's invitation, with its agenda in English. */
	public byte[] invitation(Meeting meeting, MeetingSeries series, List<AgendaLine> agenda) {
		Calendar calendar = calendar();
		calendar.add(event(meeting, series, agenda, people(), Locale.ENGLISH));
		return write(calendar);
	}

	/**
	 * A person's meetings, from three months back to four months ahead, in their
	 * language.
	 */
	public byte[] feed(UserSummary person) {
		Calendar calendar = calendar();
		Map<UserId, UserSummary> people = people();
		Locale locale = Locale.forLanguageTag(person.locale());
		for (Meeting meeting : this.meetings.calendarOf(person.id())) {
			calendar.add(event(meeting, this.meetings.series(meeting.series()), this.meetings.agenda(meeting.id()),
					people, locale));
		}
		return write(calendar);
	}

	private static Calendar calendar() {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		return calendar;
	}

	private VEvent event(Meeting meeting, MeetingSeries series, List<AgendaLine> agenda,
			Map<UserId, UserSummary> people, Locale locale) {
		VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), series.title());
		event.add(new Uid(meeting.id() + "@tandem"));
		event.replace(new DtStamp(this.clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, meeting.version())));
		if (meeting.status() == MeetingStatus.CANCELLED) {
			event.add(ImmutableStatus.VEVENT_CANCELLED);
		}
		else {
			event.add(ImmutableStatus.VEVENT_CONFIRMED);
		}
		String link = this.baseUrl + "/meetings/" + meeting.id();
		String description = agenda.isEmpty() ? link : this.text.plain(series, agenda, locale) + "\n" + link;
		event.add(new Description(description));
		event.add(new Url(URI.create(link)));
		for (UserId participant : series.participants()) {
			UserSummary person = people.get(participant);
			if (person != null && person.enabled() && !person.email().isBlank()) {
				event.add(new Attendee(new ParameterList(List.of(new Cn(person.displayName()))),
						URI.create("mailto:" + person.email())));
			}
		}
		return event;
	}

	private Map<UserId, UserSummary> people() {
		Map<UserId, UserSummary> people = new HashMap<>();
		this.directory.all().forEach(person -> people.put(person.id(), person));
		return people;
	}

	private static byte[] write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("an invitation Tandem wrote is not valid iCalendar", ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
