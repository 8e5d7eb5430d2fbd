package org.tandem.intake.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.intake.BehaviourEvent;
import org.tandem.intake.BehaviourType;
import org.tandem.intake.GroupCommit;

/**
 * The tracking snippet and its collector. The snippet gives each browser an anonymous
 * visitor id, reports page views (pricing pages and downloads by name), and hands the id
 * to Tandem's embedded forms so that a visitor's history joins them when they identify.
 * The collector takes anonymous events only: no email, so no one can write behaviour onto
 * a known person.
 */
@RestController
class TrackingController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_BODY = 4_096;

	private final GroupCommit behaviour;

	private final SubmissionThrottle throttle;

	TrackingController(GroupCommit behaviour, @Qualifier("trackingThrottle") SubmissionThrottle throttle) {
		this.behaviour = behaviour;
		this.throttle = throttle;
	}

	@GetMapping(value = "/t.js", produces = "application/javascript")
	ResponseEntity<String> snippet() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String script = """
				(function () {
				  'use strict';
				  var base = %s, key = 'tandem_vid', vid;
				  try { vid = localStorage.getItem(key); } catch (e) { vid = null; }
				  if (!vid) {
				    vid = 'v-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
				    try { localStorage.setItem(key, vid); } catch (e) { /* private mode: one page, one id */ }
				  }
				  function send(type, url) {
				    var body = JSON.stringify({ vid: vid, type: type, url: url });
				    if (navigator.sendBeacon) { navigator.sendBeacon(base + '/t/e', new Blob([body], { type: 'text/plain' })); }
				    else { fetch(base + '/t/e', { method: 'POST', body: body, keepalive: true, mode: 'no-cors' }); }
				  }
				  var path = location.pathname;
				  send(/pric/i.test(path) ? 'PRICING_VIEW' : 'PAGE_VIEW', path);
				  document.addEventListener('click', function (event) {
				    var link = event.target.closest && event.target.closest('a[href]');
				    if (link && /\\.(pdf|docx?|pptx?|xlsx?)($|\\?)/i.test(link.getAttribute('href'))) {
				      send('CONTENT_DOWNLOAD', link.getAttribute('href'));
				    }
				  });
				  document.querySelectorAll('iframe[src*="/f/"]').forEach(function (frame) {
				    if (frame.src.indexOf(base) === 0 && frame.src.indexOf('vid=') < 0) {
				      frame.src += (frame.src.indexOf('?') < 0 ? '?' : '&') + 'vid=' + encodeURIComponent(vid);
				    }
				  });
				})();
				"""
			.formatted(JSON.writeValueAsString(base));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.contentType(MediaType.valueOf("application/javascript"))
			.body(script);
	}

	@PostMapping(value = "/t/e", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Void> collect(@RequestBody String body, HttpServletRequest request) {
		Duration wait = this.throttle.admit(request.getRemoteAddr());
		if (!wait.isZero()) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds()))
				.build();
		}
		Optional<BehaviourEvent> event = parse(body);
		if (event.isEmpty()) {
			return ResponseEntity.badRequest().build();
		}
		this.behaviour.record(event.get());
		return ResponseEntity.noContent().build();
	}

	static Optional<BehaviourEvent> parse(@Nullable String body) {
		if (body == null || body.length() > MAX_BODY) {
			return Optional.empty();
		}
		try {
			JsonNode json = JSON.readTree(body);
			String vid = json.path("vid").asString("");
			String type = json.path("type").asString("").toUpperCase(Locale.ROOT);
			String url = json.path("url").asString("");
			boolean anonymousKinds = type.equals("PAGE_VIEW") || type.equals("PRICING_VIEW")
					|| type.equals("CONTENT_DOWNLOAD");
			if (vid.isBlank() || vid.length() > 100 || !anonymousKinds || url.length() > 2000) {
				return Optional.empty();
			}
			return Optional
				.of(new BehaviourEvent(BehaviourType.valueOf(type), null, vid, url.isEmpty() ? null : url, null));
		}
		catch (RuntimeException malformed) {
			return Optional.empty();
		}
	}

}
