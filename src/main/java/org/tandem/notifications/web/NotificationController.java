package org.tandem.notifications.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
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
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamSummary;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.notifications.Digest;
import org.tandem.notifications.Interaction;
import org.tandem.notifications.InteractionReport;
import org.tandem.notifications.Notifications;
import org.tandem.notifications.Preference;
import org.tandem.notifications.Told;
import org.tandem.notifications.Topic;
import org.tandem.platform.LocalisedText;
import org.tandem.platform.NotFoundException;

/**
 * The bell: what one was told, the unread count in the navigation, and one's choice of
 * what to hear and where.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	/** A bell message in the reader's words. */
	record Line(Told told, String text) {
	}

	private final Notifications notifications;

	private final MessageSource messages;

	private final UserDirectory directory;

	private final InteractionReport interaction;

	NotificationController(Notifications notifications, MessageSource messages, UserDirectory directory,
			InteractionReport interaction) {
		this.notifications = notifications;
		this.messages = messages;
		this.directory = directory;
		this.interaction = interaction;
	}

	@GetMapping
	String bell(Model model, Locale locale) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("lines", this.notifications.recent(me.id(), 100)
			.stream()
			.map(told -> new Line(told, LocalisedText.render(this.messages, told.message(), told.args(), locale)))
			.toList());
		model.addAttribute("unread", this.notifications.unread(me.id()));
		return "notifications/bell";
	}

	@GetMapping("/badge")
	String badge(Model model) {
		model.addAttribute("unread", this.notifications.unread(CurrentUsers.require().id()));
		return "notifications/badge :: badge";
	}

	@PostMapping("/read")
	String read(RedirectAttributes redirect) {
		this.notifications.markAllRead(CurrentUsers.require().id());
		return "redirect:/notifications";
	}

	/** A bell message's link: marks it read on the way. */
	@GetMapping("/{id}/open")
	String open(@PathVariable UUID id) {
		return "redirect:" + this.notifications.open(id, CurrentUsers.require().id());
	}

	/** An email's link: records the click on the way. */
	@GetMapping("/e/{id}")
	String follow(@PathVariable UUID id) {
		return "redirect:" + this.notifications.follow(id, CurrentUsers.require().id());
	}

	/**
	 * How the departments worked together over the last days: hand-offs, what came back,
	 * campaigns told, meetings held and how news moved.
	 */
	@GetMapping("/flow")
	String flow(@RequestParam(defaultValue = "30") int days, Model model) {
		int period = Math.max(1, Math.min(days, 366));
		Interaction interaction = this.interaction.of(Duration.ofDays(period), CurrentUsers.require());
		model.addAttribute("interaction", interaction);
		model.addAttribute("flow", interaction.flow());
		model.addAttribute("days", period);
		return "notifications/flow";
	}

	@GetMapping("/settings")
	String settings(Model model) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("choices", this.notifications.preferences(me.id()));
		model.addAttribute("digests", Digest.values());
		model.addAttribute("teams",
				me.role() == Role.MANAGER || me.role() == Role.ADMIN ? this.directory.teams() : List.of());
		model.addAttribute("hasTeam", this.directory.find(me.id()).map(UserSummary::team).isPresent());
		return "notifications/settings";
	}

	@PostMapping("/settings")
	String choose(@RequestParam(name = "inApp", required = false) @Nullable List<Topic> inApp,
			@RequestParam(name = "email", required = false) @Nullable List<Topic> email,
			@RequestParam(name = "digest", required = false) @Nullable List<Digest> digests,
			RedirectAttributes redirect) {
		this.notifications.choose(CurrentUsers.require().id(), chosen(inApp, email, digests));
		redirect.addFlashAttribute("notice", "notifications.saved");
		return "redirect:/notifications/settings";
	}

	/** Drops one's own choices: one's team's apply. */
	@PostMapping("/settings/team")
	String followTeam(RedirectAttributes redirect) {
		this.notifications.followTeam(CurrentUsers.require().id());
		redirect.addFlashAttribute("notice", "notifications.followingTeam");
		return "redirect:/notifications/settings";
	}

	/** A team's choices, for its people who made none of their own: the heads'. */
	@GetMapping("/teams/{id}")
	String team(@PathVariable UUID id, Model model) {
		TeamSummary team = this.directory.teams()
			.stream()
			.filter(one -> one.id().value().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("team", id));
		model.addAttribute("team", team);
		model.addAttribute("choices",
				this.notifications.teamPreferences(team.id())
					.stream()
					.map(preference -> new Notifications.Choice(preference, Notifications.Source.TEAM))
					.toList());
		model.addAttribute("digests", Digest.values());
		return "notifications/team";
	}

	@PostMapping("/teams/{id}")
	String chooseForTeam(@PathVariable UUID id,
			@RequestParam(name = "inApp", required = false) @Nullable List<Topic> inApp,
			@RequestParam(name = "email", required = false) @Nullable List<Topic> email,
			@RequestParam(name = "digest", required = false) @Nullable List<Digest> digests,
			RedirectAttributes redirect) {
		this.notifications.chooseForTeam(new TeamId(id), chosen(inApp, email, digests));
		redirect.addFlashAttribute("notice", "notifications.saved");
		return "redirect:/notifications/teams/" + id;
	}

	/** The form's columns, one entry per topic in the order of {@link Topic}. */
	private static List<Preference> chosen(@Nullable List<Topic> inApp, @Nullable List<Topic> email,
			@Nullable List<Digest> digests) {
		List<Preference> chosen = new ArrayList<>();
		Topic[] topics = Topic.values();
		for (int i = 0; i < topics.length; i++) {
			Digest digest = digests != null && i < digests.size() && digests.get(i) != null ? digests.get(i)
					: Digest.NONE;
			chosen.add(new Preference(topics[i], inApp != null && inApp.contains(topics[i]),
					email != null && email.contains(topics[i]), digest));
		}
		return chosen;
	}

}
