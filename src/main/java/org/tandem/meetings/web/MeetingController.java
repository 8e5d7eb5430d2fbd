package org.tandem.meetings.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.meetings.ActionItem;
import org.tandem.meetings.ActionStatus;
import org.tandem.meetings.AgendaSection;
import org.tandem.meetings.AgendaText;
import org.tandem.meetings.Meeting;
import org.tandem.meetings.MeetingKind;
import org.tandem.meetings.MeetingSeries;
import org.tandem.meetings.MeetingStatus;
import org.tandem.meetings.Meetings;
import org.tandem.meetings.SeriesDraft;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * The meetings pages: one's upcoming meetings and series, a meeting with its filled
 * agenda, minutes, decisions and action items, one's own open items, and the set-up of a
 * series for the heads.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

	/** A new series as the form enters it. */
	record SeriesForm(@NotNull MeetingKind kind, @NotBlank @Size(max = 150) String title,
			@NotBlank @Size(max = 60) String timeZone, @NotNull DayOfWeek weekday,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
			@NotNull @Min(15) @Max(480) Integer durationMinutes, @NotNull @Min(0) @Max(14) Integer prepareDays,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstOn,
			@NotEmpty List<UUID> participants) {
	}

	private final Meetings meetings;

	private final AgendaText text;

	private final UserDirectory directory;

	private final Clock clock;

	MeetingController(Meetings meetings, AgendaText text, UserDirectory directory, Clock clock) {
		this.meetings = meetings;
		this.text = text;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	String home(Model model) {
		CurrentUser me = CurrentUsers.require();
		Instant now = this.clock.instant();
		model.addAttribute("upcoming",
				this.meetings.between(now.minus(Duration.ofHours(12)), now.plus(Duration.ofDays(42)), me));
		List<Meeting> recent = new ArrayList<>(
				this.meetings.between(now.minus(Duration.ofDays(35)), now.minus(Duration.ofHours(12)), me));
		Collections.reverse(recent);
		model.addAttribute("recent", recent);
		model.addAttribute("series", this.meetings.seriesFor(me));
		model.addAttribute("openItems", this.meetings.itemsOf(me.id(), true).size());
		model.addAttribute("hasFeed", this.meetings.hasFeed(me));
		model.addAttribute("canSetUp", Meetings.overseer(me) && me.role() != Role.LEADERSHIP);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SeriesForm(MeetingKind.WEEKLY_STATUS, "", "Europe/Berlin", DayOfWeek.MONDAY,
					LocalTime.of(10, 0), 60, 2, LocalDate.now(this.clock), List.of()));
		}
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("people", people());
		return "meetings/home";
	}

	@PostMapping("/series")
	String create(@Valid @ModelAttribute("form") SeriesForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return home(model);
		}
		try {
			MeetingSeries series = this.meetings.createSeries(new SeriesDraft(form.kind(), form.title(),
					form.timeZone(), form.weekday(), form.startTime(), form.durationMinutes(), form.prepareDays(),
					form.firstOn(), form.participants().stream().map(UserId::new).toList()), CurrentUsers.require());
			redirect.addFlashAttribute("notice", "meetings.seriesCreated");
			return "redirect:/meetings/series/" + series.id();
		}
		catch (InputRejectedException ex) {
			errors.rejectValue(ex.field(), "invalid", ex.message());
			return home(model);
		}
	}

	@GetMapping("/series/{id}")
	String series(@PathVariable UUID id, Model model, Locale locale) {
		CurrentUser me = CurrentUsers.require();
		MeetingSeries series = this.meetings.series(id, me);
		model.addAttribute("series", series);
		model.addAttribute("meetings", this.meetings.meetingsOf(id, 20));
		model.addAttribute("people", people());
		model.addAttribute("sections", AgendaSection.values());
		model.addAttribute("sectionTitles", sectionTitles(locale));
		model.addAttribute("canSetUp", Meetings.overseer(me) && me.role() != Role.LEADERSHIP);
		return "meetings/series";
	}

	@PostMapping("/series/{id}")
	String update(@PathVariable UUID id, @RequestParam String title, @RequestParam int prepareDays,
			@RequestParam(defaultValue = "false") boolean active,
			@RequestParam(name = "section", required = false) @Nullable List<AgendaSection> sections,
			@RequestParam(name = "sectionTitle", required = false) @Nullable List<String> titles,
			@RequestParam(name = "participants", required = false) @Nullable List<UUID> participants,
			@RequestParam long version, RedirectAttributes redirect) {
		List<MeetingSeries.Section> agenda = new ArrayList<>();
		List<AgendaSection> chosen = sections == null ? List.of() : sections;
		for (int i = 0; i < chosen.size(); i++) {
			if (chosen.get(i) == null) {
				continue; // a row cleared, or the empty row for a new section
			}
			String own = titles != null && i < titles.size() ? titles.get(i) : null;
			agenda.add(new MeetingSeries.Section(chosen.get(i), own == null || own.isBlank() ? null : own.strip()));
		}
		try {
			this.meetings.updateSeries(id, title, prepareDays, active, agenda,
					participants == null ? List.of() : participants.stream().map(UserId::new).toList(), version);
			redirect.addFlashAttribute("notice", "meetings.seriesSaved");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "meetings.invalid." + ex.field());
		}
		return "redirect:/meetings/series/" + id;
	}

	@GetMapping("/{id}")
	String meeting(@PathVariable UUID id, Model model, Locale locale) {
		CurrentUser me = CurrentUsers.require();
		Meeting meeting = this.meetings.meeting(id, me);
		MeetingSeries series = this.meetings.series(meeting.series());
		List<AgendaText.Part> agenda = this.text.render(series, this.meetings.agenda(id), locale);
		model.addAttribute("meeting", meeting);
		model.addAttribute("series", series);
		model.addAttribute("agenda", agenda);
		model.addAttribute("decisions", this.meetings.decisions(id));
		model.addAttribute("items", this.meetings.items(meeting));
		model.addAttribute("today", LocalDate.now(this.clock.withZone(meeting.timeZone())));
		model.addAttribute("people", participants(series));
		model.addAttribute("statuses", List.of(MeetingStatus.PREPARED, MeetingStatus.HELD, MeetingStatus.CANCELLED));
		model.addAttribute("canEdit", meeting.status() != MeetingStatus.CANCELLED
				&& (me.role() != Role.LEADERSHIP || series.participants().contains(me.id())));
		model.addAttribute("defaultDue", LocalDate.ofInstant(meeting.startsAt(), meeting.timeZone()).plusDays(7));
		return "meetings/meeting";
	}

	@PostMapping("/{id}/refresh")
	String refresh(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "meetings.refreshed", () -> this.meetings.refresh(id, CurrentUsers.require()));
	}

	@PostMapping("/{id}/topics")
	String addTopic(@PathVariable UUID id, @RequestParam AgendaSection section, @RequestParam String text,
			RedirectAttributes redirect) {
		return act(id, redirect, "meetings.topicAdded",
				() -> this.meetings.addTopic(id, section, text, CurrentUsers.require()));
	}

	@PostMapping("/{id}/topics/{line}/delete")
	String removeTopic(@PathVariable UUID id, @PathVariable UUID line, RedirectAttributes redirect) {
		return act(id, redirect, "meetings.topicRemoved",
				() -> this.meetings.removeTopic(id, line, CurrentUsers.require()));
	}

	@PostMapping("/{id}/minutes")
	String minutes(@PathVariable UUID id, @RequestParam(required = false) @Nullable String minutes,
			@RequestParam MeetingStatus status, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "meetings.minutesSaved",
				() -> this.meetings.record(id, minutes, status, version, CurrentUsers.require()));
	}

	@PostMapping("/{id}/decisions")
	String decide(@PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect) {
		return act(id, redirect, "meetings.decisionRecorded",
				() -> this.meetings.decide(id, text, CurrentUsers.require()));
	}

	@PostMapping("/{id}/items")
	String assign(@PathVariable UUID id, @RequestParam String title, @RequestParam UUID owner,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, RedirectAttributes redirect) {
		return act(id, redirect, "meetings.itemAdded",
				() -> this.meetings.assign(id, title, new UserId(owner), dueOn, CurrentUsers.require()));
	}

	@PostMapping("/items/{item}/status")
	String itemStatus(@PathVariable UUID item, @RequestParam ActionStatus status, @RequestParam long version,
			@RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		ActionItem changed;
		try {
			changed = this.meetings.setStatus(item, status, version, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "meetings.itemChanged");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "meetings.invalid." + ex.field());
			changed = this.meetings.item(item);
		}
		return switch (back) {
			case "items" -> "redirect:/meetings/items";
			case "item" -> "redirect:" + changed.link();
			default -> "redirect:" + changed.sourceLink();
		};
	}

	/** One action item, with the talk about it. */
	@GetMapping("/items/{item}")
	String item(@PathVariable UUID item, Model model) {
		ActionItem found = this.meetings.findItem(item, CurrentUsers.require())
			.orElseThrow(() -> new NotFoundException("Action item", item));
		model.addAttribute("item", found);
		model.addAttribute("today", LocalDate.now(this.clock));
		return "meetings/item";
	}

	@GetMapping("/items")
	String myItems(@RequestParam(defaultValue = "false") boolean all, Model model) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("items", this.meetings.itemsOf(me.id(), !all));
		model.addAttribute("all", all);
		model.addAttribute("today", LocalDate.now(this.clock));
		return "meetings/items";
	}

	@PostMapping("/feed")
	String newFeed(RedirectAttributes redirect) {
		String token = this.meetings.newFeed(CurrentUsers.require());
		redirect.addFlashAttribute("feedPath",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/" + token + ".ics").toUriString());
		redirect.addFlashAttribute("notice", "meetings.feedCreated");
		return "redirect:/meetings";
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "meetings.invalid." + ex.field());
		}
		return "redirect:/meetings/" + id;
	}

	private List<UserSummary> people() {
		return this.directory.all().stream().filter(UserSummary::enabled).toList();
	}

	private List<UserSummary> participants(MeetingSeries series) {
		return this.directory.all()
			.stream()
			.filter(person -> person.enabled() && series.participants().contains(person.id()))
			.toList();
	}

	private Map<AgendaSection, String> sectionTitles(Locale locale) {
		Map<AgendaSection, String> titles = new LinkedHashMap<>();
		Arrays.stream(AgendaSection.values())
			.forEach(section -> titles.put(section,
					this.text.section(new MeetingSeries.Section(section, null), locale)));
		return titles;
	}

}
