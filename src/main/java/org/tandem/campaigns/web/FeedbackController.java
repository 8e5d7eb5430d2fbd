package org.tandem.campaigns.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.campaigns.CustomerFeedback;
import org.tandem.campaigns.FeedbackDraft;
import org.tandem.campaigns.FeedbackKind;
import org.tandem.campaigns.HeardOn;
import org.tandem.campaigns.Sentiment;
import org.tandem.crm.ContactId;
import org.tandem.crm.SizeBand;
import org.tandem.funnel.DossierSection;
import org.tandem.identity.AccessPolicy;
import org.tandem.identity.CurrentUsers;
import org.tandem.platform.InputRejectedException;

/**
 * Customers' words from sales to marketing: the form on the lead page where a rep logs a
 * remark, and the themes report marketing reads per segment and campaign.
 */
@Controller
@RequestMapping("/feedback")
class FeedbackController {

	private final CustomerFeedback feedback;

	private final Clock clock;

	FeedbackController(CustomerFeedback feedback, Clock clock) {
		this.feedback = feedback;
		this.clock = clock;
	}

	@GetMapping
	String report(@RequestParam(defaultValue = "12") int weeks,
			@RequestParam(required = false) @Nullable String segment,
			@RequestParam(required = false) @Nullable String campaign, Model model) {
		int span = Math.max(1, Math.min(52, weeks));
		Instant until = this.clock.instant();
		String chosenSegment = segment == null || segment.isBlank() ? null : segment;
		String chosenCampaign = campaign == null || campaign.isBlank() ? null : campaign;
		var themes = this.feedback.themes(until.minus(Duration.ofDays(7L * span)), until, chosenSegment,
				chosenCampaign);
		model.addAttribute("themes", themes);
		model.addAttribute("total", themes.stream().mapToLong(theme -> theme.count()).sum());
		model.addAttribute("weeks", span);
		model.addAttribute("segment", chosenSegment);
		model.addAttribute("campaign", chosenCampaign);
		model.addAttribute("segments", SizeBand.values());
		model.addAttribute("campaigns", this.feedback.campaigns());
		return "feedback/report";
	}

	/** The dossier section: what the customer said, and the form to log more. */
	@GetMapping("/for/{contact}")
	String section(@PathVariable UUID contact, Model model) {
		model.addAttribute("contact", contact);
		model.addAttribute("remarks", this.feedback.ofContact(new ContactId(contact), CurrentUsers.require()));
		model.addAttribute("kinds", FeedbackKind.values());
		model.addAttribute("sentiments", Sentiment.values());
		model.addAttribute("places", HeardOn.values());
		model.addAttribute("canLog", AccessPolicy.allows(HttpMethod.POST, "/feedback", CurrentUsers.require().role()));
		return "feedback/section :: feedback";
	}

	@PostMapping
	String log(@RequestParam UUID contact, @RequestParam FeedbackKind kind, @RequestParam String theme,
			@RequestParam(required = false) @Nullable String competitor,
			@RequestParam(required = false) @Nullable Sentiment sentiment,
			@RequestParam(required = false) @Nullable String quote, @RequestParam HeardOn heardOn,
			RedirectAttributes redirect) {
		try {
			if (theme.isBlank() || theme.length() > 120 || (competitor != null && competitor.length() > 120)
					|| (quote != null && quote.length() > 1000)) {
				throw new InputRejectedException("theme", "too long or empty");
			}
			this.feedback.record(
					new FeedbackDraft(new ContactId(contact), kind, theme, competitor, sentiment, quote, heardOn),
					CurrentUsers.require());
			redirect.addFlashAttribute("notice", "feedback.logged");
		}
		catch (InputRejectedException ex) {
			redirect.addFlashAttribute("error", "feedback.invalid." + ex.field());
		}
		return "redirect:/contacts/" + contact;
	}

	/** The section on the lead page. */
	@Component
	static class Section implements DossierSection {

		@Override
		public String titleKey() {
			return "feedback.section";
		}

		@Override
		public String fragmentPath(ContactId contact) {
			return "/feedback/for/" + contact;
		}

		@Override
		public int order() {
			return 45;
		}

	}

}
