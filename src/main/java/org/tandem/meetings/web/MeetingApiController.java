package org.tandem.meetings.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserId;
import org.tandem.meetings.ActionItem;
import org.tandem.meetings.ActionStatus;
import org.tandem.meetings.AgendaLine;
import org.tandem.meetings.AgendaSection;
import org.tandem.meetings.AgendaText;
import org.tandem.meetings.Decision;
import org.tandem.meetings.Meeting;
import org.tandem.meetings.MeetingSeries;
import org.tandem.meetings.Meetings;
import org.tandem.platform.InputRejectedException;

/**
 * Meetings over JSON, for a bot or another calendar: the meetings one may see, a
 * meeting's agenda in the caller's language with its decisions and action items, and
 * giving, listing and closing action items.
 */
@RestController
@RequestMapping("/api/v1")
class MeetingApiController {

	/** An agenda line in words. */
	record Line(AgendaLine.Source source, String text, @Nullable String link) {
	}

	/** A section of the agenda with its lines. */
	record Section(AgendaSection section, String title, List<Line> lines) {
	}

	/** A meeting with all it holds. */
	record MeetingView(Meeting meeting, List<Section> agenda, List<Decision> decisions, List<ActionItem> actionItems) {
	}

	/** An action item to give. */
	record ItemRequest(@NotBlank @Size(max = 300) String title, @NotNull UUID owner, @NotNull LocalDate dueOn) {
	}

	/** A decision to record. */
	record DecisionRequest(@NotBlank @Size(max = 1000) String text) {
	}

	/** An item closed or reopened, against the version read. */
	record StatusRequest(@NotNull ActionStatus status, long version) {
	}

	private final Meetings meetings;

	private final AgendaText text;

	private final Clock clock;

	MeetingApiController(Meetings meetings, AgendaText text, Clock clock) {
		this.meetings = meetings;
		this.text = text;
		this.clock = clock;
	}

	/** The meetings the caller may see in a window (by default the next six weeks). */
	@GetMapping("/meetings")
	List<Meeting> meetings(
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		Instant start = from != null ? from : this.clock.instant();
		Instant end = to != null ? to : start.plus(Duration.ofDays(42));
		if (end.isBefore(start) || Duration.between(start, end).toDays() > 400) {
			throw new InputRejectedException("to", "the window ends after it starts, within 400 days");
		}
		return this.meetings.between(start, end, CurrentUsers.require());
	}

	@GetMapping("/meetings/{id}")
	MeetingView meeting(@PathVariable UUID id, Locale locale) {
		Meeting meeting = this.meetings.meeting(id, CurrentUsers.require());
		MeetingSeries series = this.meetings.series(meeting.series());
		List<Section> agenda = this.text.render(series, this.meetings.agenda(id), locale)
			.stream()
			.map(part -> new Section(part.section(), part.title(),
					part.lines()
						.stream()
						.map(said -> new Line(said.line().source(), said.text(), said.line().link()))
						.toList()))
			.toList();
		return new MeetingView(meeting, agenda, this.meetings.decisions(id), this.meetings.items(meeting));
	}

	@PostMapping("/meetings/{id}/action-items")
	ResponseEntity<ActionItem> assign(@PathVariable UUID id, @Valid @RequestBody ItemRequest request) {
		ActionItem item = this.meetings.assign(id, request.title(), new UserId(request.owner()), request.dueOn(),
				CurrentUsers.require());
		return ResponseEntity.created(URI.create("/api/v1/action-items/" + item.id())).body(item);
	}

	@PostMapping("/meetings/{id}/decisions")
	ResponseEntity<Decision> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
		Decision decision = this.meetings.decide(id, request.text(), CurrentUsers.require());
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(decision);
	}

	/** The caller's action items from every series (the open ones unless {@code all}). */
	@GetMapping("/action-items")
	List<ActionItem> mine(@RequestParam(defaultValue = "false") boolean all) {
		CurrentUser me = CurrentUsers.require();
		return this.meetings.itemsOf(me.id(), !all);
	}

	@PostMapping("/action-items/{id}/status")
	ActionItem status(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
		return this.meetings.setStatus(id, request.status(), request.version(), CurrentUsers.require());
	}

}
