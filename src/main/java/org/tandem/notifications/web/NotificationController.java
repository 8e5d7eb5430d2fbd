package org.tandem.notifications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.notifications.Digest;
import org.tandem.notifications.Notifications;
import org.tandem.notifications.Preference;
import org.tandem.notifications.Told;
import org.tandem.notifications.Topic;
import org.tandem.platform.LocalisedText;

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

	NotificationController(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
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

	@GetMapping("/settings")
	String settings(Model model) {
		model.addAttribute("preferences", this.notifications.preferences(CurrentUsers.require().id()));
		model.addAttribute("digests", Digest.values());
		return "notifications/settings";
	}

	@PostMapping("/settings")
	String choose(@RequestParam(name = "inApp", required = false) @Nullable List<Topic> inApp,
			@RequestParam(name = "email", required = false) @Nullable List<Topic> email,
			@RequestParam(name = "digest", required = false) @Nullable List<Digest> digests,
			RedirectAttributes redirect) {
		List<Preference> chosen = new ArrayList<>();
		Topic[] topics = Topic.values();
		for (int i = 0; i < topics.length; i++) {
			Digest digest = digests != null && i < digests.size() && digests.get(i) != null ? digests.get(i)
					: Digest.NONE;
			chosen.add(new Preference(topics[i], inApp != null && inApp.contains(topics[i]),
					email != null && email.contains(topics[i]), digest));
		}
		this.notifications.choose(CurrentUsers.require().id(), chosen);
		redirect.addFlashAttribute("notice", "notifications.saved");
		return "redirect:/notifications/settings";
	}

}
