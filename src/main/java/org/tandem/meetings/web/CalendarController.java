package org.tandem.meetings.web;

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
import org.tandem.meetings.Meetings;
import org.tandem.platform.NotFoundException;

/**
 * Meetings in iCalendar: a meeting's invitation for those who may see it, and a person's
 * calendar feed behind its secret link, for calendar programs that cannot log in.
 */
@Controller
class CalendarController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar",
			java.nio.charset.StandardCharsets.UTF_8);

	private final Meetings meetings;

	private final Invitations invitations;

	CalendarController(Meetings meetings, Invitations invitations) {
		this.meetings = meetings;
		this.invitations = invitations;
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
