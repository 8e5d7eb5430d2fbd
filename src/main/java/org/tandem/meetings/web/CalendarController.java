package org.tandem.meetings.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserSummary;
import org.tandem.meetings.Invitations;
import org.tandem.meetings.Meeting;
import org.tandem.meetings.MeetingPack;
import org.tandem.meetings.Meetings;
import org.tandem.platform.NotFoundException;

/**
 * Meetings as files: a meeting's invitation (iCalendar) and its printable pack (PDF) for
 * those who may see it, and a person's calendar feed behind its secret link, for calendar
 * programs that cannot log in.
 */
@Controller
class CalendarController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar",
			java.nio.charset.StandardCharsets.UTF_8);

	private final Meetings meetings;

	private final Invitations invitations;

	private final MeetingPack pack;

	CalendarController(Meetings meetings, Invitations invitations, MeetingPack pack) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.pack = pack;
	}

	@GetMapping("/meetings/{id}.ics")
	ResponseEntity<byte[]> invitation(@PathVariable UUID id) {
		Meeting meeting = this.meetings.meeting(id, CurrentUsers.require());
		byte[] body = this.invitations.invitation(meeting, this.meetings.series(meeting.series()),
				this.meetings.agenda(id));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".ics\"")
			.body(body);
	}

	/** The meeting pack: agenda, decisions, action items and minutes, as a PDF. */
	@GetMapping("/meetings/{id}.pdf")
	ResponseEntity<byte[]> pack(@PathVariable UUID id, Locale locale) {
		Meeting meeting = this.meetings.meeting(id, CurrentUsers.require());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".pdf\"")
			.body(this.pack.pdf(meeting, locale));
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		UserSummary person = token.length() > 100 ? null : this.meetings.feedOwner(token);
		if (person == null) {
			throw new NotFoundException("Calendar", "this link");
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.body(this.invitations.feed(person));
	}

}
