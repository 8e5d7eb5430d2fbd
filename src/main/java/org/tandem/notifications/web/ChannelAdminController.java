package org.tandem.notifications.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamSummary;
import org.tandem.identity.UserDirectory;
import org.tandem.notifications.Destination;
import org.tandem.notifications.DestinationKind;
import org.tandem.notifications.Notifications;
import org.tandem.notifications.Topic;
import org.tandem.platform.InputRejectedException;

/**
 * Admins connect Slack and Teams channels and other systems' webhooks, choose which
 * topics go where, allow test or intranet hosts, and look after deliveries that were
 * given up.
 */
@Controller
@RequestMapping("/admin/channels")
class ChannelAdminController {

	private final Notifications notifications;

	private final UserDirectory directory;

	ChannelAdminController(Notifications notifications, UserDirectory directory) {
		this.notifications = notifications;
		this.directory = directory;
	}

	@GetMapping
	String channels(@RequestParam(defaultValue = "DEAD") String status, Model model) {
		model.addAttribute("destinations", this.notifications.destinations());
		model.addAttribute("names",
				this.notifications.destinations()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Destination::id, Destination::name)));
		model.addAttribute("routes", this.notifications.routes());
		model.addAttribute("teams", this.directory.teams());
		model.addAttribute("teamNames",
				this.directory.teams()
					.stream()
					.collect(java.util.stream.Collectors.toMap(TeamSummary::id, TeamSummary::name)));
		model.addAttribute("hosts", this.notifications.allowedHosts());
		model.addAttribute("kinds", DestinationKind.values());
		model.addAttribute("topics", Topic.shareable());
		String shown = status.equals("SENT") || status.equals("PENDING") ? status : "DEAD";
		model.addAttribute("status", shown);
		model.addAttribute("deliveries", this.notifications.deliveries(shown, 100));
		Map<String, Long> counts = this.notifications.countsByStatus();
		model.addAttribute("counts", counts);
		return "notifications/channels";
	}

	@PostMapping
	String add(@RequestParam DestinationKind kind, @RequestParam String name, @RequestParam String url,
			@RequestParam(defaultValue = "en") String language, @RequestParam(defaultValue = "60") int perMinute,
			RedirectAttributes redirect) {
		try {
			Notifications.Created created = this.notifications.addDestination(kind, name, url, language, perMinute);
			redirect.addFlashAttribute("notice", "channels.added");
			if (created.secret() != null) {
				redirect.addFlashAttribute("secret", created.secret());
			}
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "channels.invalid." + ex.field());
			redirect.addFlashAttribute("why", ex.message());
		}
		return "redirect:/admin/channels";
	}

	@PostMapping("/{id}/test")
	String test(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("tested", this.notifications.destination(id).name());
		redirect.addFlashAttribute("testAnswer", this.notifications.test(id));
		return "redirect:/admin/channels";
	}

	@PostMapping("/{id}/active")
	String active(@PathVariable UUID id, @RequestParam boolean active) {
		this.notifications.setActive(id, active);
		return "redirect:/admin/channels";
	}

	@PostMapping("/{id}/rotate")
	String rotate(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("secret", this.notifications.rotateSecret(id));
		redirect.addFlashAttribute("notice", "channels.rotated");
		return "redirect:/admin/channels";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.notifications.removeDestination(id);
		redirect.addFlashAttribute("notice", "channels.removed");
		return "redirect:/admin/channels";
	}

	@PostMapping("/routes")
	String route(@RequestParam UUID destination, @RequestParam Topic topic,
			@RequestParam(required = false) @Nullable UUID team, RedirectAttributes redirect) {
		this.notifications.route(destination, topic, team == null ? null : new TeamId(team));
		redirect.addFlashAttribute("notice", "channels.routed");
		return "redirect:/admin/channels";
	}

	@PostMapping("/routes/{id}/delete")
	String unroute(@PathVariable UUID id) {
		this.notifications.unroute(id);
		return "redirect:/admin/channels";
	}

	@PostMapping("/hosts")
	String allow(@RequestParam String host, RedirectAttributes redirect) {
		try {
			this.notifications.allowHost(host, CurrentUsers.require());
			redirect.addFlashAttribute("notice", "channels.hostAllowed");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "channels.invalid.host");
		}
		return "redirect:/admin/channels";
	}

	@PostMapping("/hosts/delete")
	String disallow(@RequestParam String host) {
		this.notifications.disallowHost(host);
		return "redirect:/admin/channels";
	}

	@PostMapping("/outbox/{id}/replay")
	String replay(@PathVariable UUID id, RedirectAttributes redirect) {
		this.notifications.replay(id);
		redirect.addFlashAttribute("notice", "channels.replayed");
		return "redirect:/admin/channels";
	}

}
