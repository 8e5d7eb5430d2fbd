package org.tandem.notifications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.notifications.domain.NotificationStore;
import org.tandem.notifications.domain.NotificationStore.Claimed;
import org.tandem.platform.LocalisedText;

/**
 * What a destination receives: Block Kit blocks for Slack, an Adaptive Card for Teams,
 * and for other systems a versioned JSON event with its stable id, signed with the
 * destination's secret.
 */
@Component
class Payloads {

	/** The version of the webhook event schema; consumers check it. */
	static final int VERSION = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final String baseUrl;

	Payloads(MessageSource messages, @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A request body and the headers that go with it. */
	record Body(String json, Map<String, String> headers) {
	}

	String link(@Nullable String path) {
		return this.baseUrl + (path == null ? "/" : path);
	}

	Body body(NotificationStore.Stored stored, Claimed delivery, Instant now) {
		return body(stored.destination(), delivery.event(), delivery.topic(), delivery.message(), delivery.args(),
				delivery.link(), delivery.data(), delivery.at(), now, stored.secret(), stored.previousSecret());
	}

	Body body(Destination destination, UUID event, Topic topic, String message, List<String> args,
			@Nullable String link, String data, Instant at, Instant now, @Nullable String secret,
			@Nullable String previousSecret) {
		Locale locale = Locale.forLanguageTag(destination.language());
		String title = this.messages.getMessage("topic." + topic.name(), null, topic.name(), locale);
		String text = LocalisedText.render(this.messages, message, args, locale);
		String url = link(link);
		String open = this.messages.getMessage("notifications.open", null, "Open in Tandem", locale);
		return switch (destination.kind()) {
			case SLACK -> new Body(JSON.writeValueAsString(slack(title, text, url, open)), Map.of());
			case TEAMS -> new Body(JSON.writeValueAsString(teams(title, text, url, open)), Map.of());
			case WEBHOOK -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("id", event.toString());
				body.put("type", topic.name().toLowerCase(Locale.ROOT).replace('_', '.'));
				body.put("version", VERSION);
				body.put("occurredAt", at.toString());
				body.put("text", text);
				body.put("link", url);
				body.put("data", JSON.readTree(data));
				String json = JSON.writeValueAsString(body);
				Map<String, String> headers = new LinkedHashMap<>();
				headers.put("Tandem-Event-Id", event.toString());
				if (secret != null) {
					headers.put(WebhookSignature.HEADER,
							WebhookSignature.sign(now.getEpochSecond(), json, secret, previousSecret));
				}
				yield new Body(json, headers);
			}
		};
	}

	/** Block Kit: a section with the title in bold and the text, and a link back. */
	static Map<String, Object> slack(String title, String text, String url, String open) {
		return Map.of("text", title + ": " + text, "blocks",
				List.of(Map.of("type", "section", "text",
						Map.of("type", "mrkdwn", "text", "*" + slackEscape(title) + "*\n" + slackEscape(text))),
						Map.of("type", "context", "elements",
								List.of(Map.of("type", "mrkdwn", "text", "<" + url + "|" + slackEscape(open) + ">")))));
	}

	/** Slack's three control characters, written as entities. */
	static String slackEscape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** A message with one Adaptive Card: the title, the text and an action to open it. */
	static Map<String, Object> teams(String title, String text, String url, String open) {
		Map<String, Object> card = new LinkedHashMap<>();
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("type", "AdaptiveCard");
		card.put("version", "1.4");
		card.put("body", List.of(Map.of("type", "TextBlock", "text", title, "weight", "Bolder", "wrap", true),
				Map.of("type", "TextBlock", "text", text, "wrap", true)));
		card.put("actions", List.of(Map.of("type", "Action.OpenUrl", "title", open, "url", url)));
		Map<String, Object> attachment = new LinkedHashMap<>();
		attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
		attachment.put("content", card);
		return Map.of("type", "message", "attachments", List.of(attachment));
	}

}
