package org.tandem.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.Flash;
import org.tandem.platform.InputRejectedException;
import org.tandem.training.Attendance;
import org.tandem.training.Enrolment;
import org.tandem.training.Programme;
import org.tandem.training.SessionFormat;
import org.tandem.training.Suggestion;
import org.tandem.training.Training;

/**
 * Training: programmes and upcoming sessions, one's own record, the heads' suggestions
 * and set-up, a programme's sessions with who came and what they thought, and the skills
 * matrix.
 */
@Controller
@RequestMapping("/training")
class TrainingController {

	/** A suggestion in the reader's words. */
	record Suggested(Suggestion suggestion, String reason, String title) {
	}

	private final Training training;

	private final UserDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	TrainingController(Training training, UserDirectory directory, MessageSource messages, Clock clock) {
		this.training = training;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String home(Model model, Locale locale) {
		CurrentUser me = CurrentUsers.require();
		boolean head = head(me);
		model.addAttribute("programmes", this.training.programmes());
		model.addAttribute("sessions",
				this.training.sessions()
					.stream()
					.filter(session -> session.startsAt().isAfter(this.clock.instant()))
					.toList());
		model.addAttribute("mine",
				this.training.enrolments().stream().filter(e -> e.person().equals(me.id())).toList());
		model.addAttribute("progress",
				this.training.progress().stream().filter(p -> p.person().equals(me.id())).toList());
		model.addAttribute("head", head);
		if (head) {
			model.addAttribute("suggestions", this.training.suggestions()
				.stream()
				.map(s -> new Suggested(s,
						this.messages.getMessage(s.reason(), s.args().stream().map(arg -> words(arg, locale)).toArray(),
								locale),
						words(s.title(), locale)))
				.toList());
		}
		model.addAttribute("completion", this.training.completion());
		model.addAttribute("teams", this.training.teamRecords());
		return "training/home";
	}

	@PostMapping
	String create(@RequestParam String title, @RequestParam String description, @RequestParam TeamKind taughtBy,
			@RequestParam(defaultValue = "") String skills, RedirectAttributes redirect) {
		try {
			Programme programme = this.training.create(title, description, taughtBy, Arrays.asList(skills.split("\\R")),
					CurrentUsers.require());
			redirect.addFlashAttribute("notice", "training.created");
			return "redirect:/training/" + programme.id();
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "training.invalid." + ex.field());
			return "redirect:/training";
		}
	}

	@GetMapping("/matrix")
	String matrix(Model model) {
		model.addAttribute("matrix", this.training.matrix());
		return "training/matrix";
	}

	@GetMapping("/{id}")
	String programme(@PathVariable UUID id, Model model) {
		CurrentUser me = CurrentUsers.require();
		Programme programme = this.training.programme(id);
		model.addAttribute("programme", programme);
		model.addAttribute("sessions",
				this.training.sessions().stream().filter(session -> session.programme().equals(id)).toList());
		Map<UUID, List<Enrolment>> bySession = new HashMap<>();
		Set<UUID> mySessions = new HashSet<>();
		Set<UUID> toRate = new HashSet<>();
		for (Enrolment enrolment : this.training.enrolments()) {
			bySession.computeIfAbsent(enrolment.session(), session -> new ArrayList<>()).add(enrolment);
			if (enrolment.person().equals(me.id())) {
				mySessions.add(enrolment.session());
				if (enrolment.attendance() == Attendance.ATTENDED && enrolment.rating() == null) {
					toRate.add(enrolment.session());
				}
			}
		}
		model.addAttribute("bySession", bySession);
		model.addAttribute("mySessions", mySessions);
		model.addAttribute("toRate", toRate);
		model.addAttribute("progress",
				this.training.progress().stream().filter(p -> p.programme().id().equals(id)).toList());
		model.addAttribute("me", me);
		model.addAttribute("head", head(me));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("formats", SessionFormat.values());
		model.addAttribute("people", this.directory.all().stream().filter(UserSummary::enabled).toList());
		model.addAttribute("nextWeek", LocalDate.now(this.clock).plusDays(7));
		model.addAttribute("zone", LocaleContextHolder.getTimeZone().toZoneId().getId());
		return "training/programme";
	}

	@PostMapping("/{id}/sessions")
	String addSession(@PathVariable UUID id, @RequestParam String title, @RequestParam SessionFormat format,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime at,
			@RequestParam(defaultValue = "UTC") String timeZone, @RequestParam(defaultValue = "90") Integer minutes,
			@RequestParam UUID trainer, @RequestParam(required = false) @Nullable String materials,
			@RequestParam(defaultValue = "20") Integer capacity, RedirectAttributes redirect) {
		return act(id, redirect, "training.sessionAdded", () -> {
			ZoneId zone;
			try {
				zone = ZoneId.of(timeZone);
			}
			catch (RuntimeException ex) {
				throw new InputRejectedException("timeZone", "is not a time zone");
			}
			this.training.addSession(id, title, format, on.atTime(at).atZone(zone).toInstant(), minutes,
					new UserId(trainer), materials, capacity);
		});
	}

	@PostMapping("/sessions/{session}/enrol")
	String enrol(@PathVariable UUID session, RedirectAttributes redirect) {
		UUID programme = this.training.session(session).programme();
		return act(programme, redirect, "training.enrolled",
				() -> this.training.enrol(session, CurrentUsers.require().id()));
	}

	@PostMapping("/sessions/{session}/leave")
	String leave(@PathVariable UUID session, RedirectAttributes redirect) {
		UUID programme = this.training.session(session).programme();
		return act(programme, redirect, "training.left",
				() -> this.training.leave(session, CurrentUsers.require().id()));
	}

	@PostMapping("/sessions/{session}/attendance")
	String attendance(@PathVariable UUID session, @RequestParam UUID person, @RequestParam Attendance attendance,
			RedirectAttributes redirect) {
		UUID programme = this.training.session(session).programme();
		return act(programme, redirect, "training.marked",
				() -> this.training.mark(session, new UserId(person), attendance, CurrentUsers.require()));
	}

	@PostMapping("/sessions/{session}/rating")
	String rate(@PathVariable UUID session, @RequestParam Integer rating,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		UUID programme = this.training.session(session).programme();
		return act(programme, redirect, "training.rated",
				() -> this.training.rate(session, CurrentUsers.require().id(), rating, comment));
	}

	private String act(UUID programme, RedirectAttributes redirect, String done, Runnable action) {
		Flash.attempt(redirect, done, "training.invalid.", action);
		return "redirect:/training/" + programme;
	}

	private String words(String text, Locale locale) {
		return text.startsWith("#") ? this.messages.getMessage(text.substring(1), null, text, locale) : text;
	}

	private static boolean head(CurrentUser me) {
		return me.role() == Role.MANAGER || me.role() == Role.ADMIN;
	}

}
