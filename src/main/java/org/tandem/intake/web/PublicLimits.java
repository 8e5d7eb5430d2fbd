package org.tandem.intake.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits per address for the public endpoints: few form submissions, more tracking
 * events.
 */
@Configuration(proxyBeanMethods = false)
class PublicLimits {

	@Bean
	SubmissionThrottle formThrottle(@Value("${tandem.forms.limit-per-address:10}") int limit, Clock clock) {
		return new SubmissionThrottle(limit, Duration.ofMinutes(1), clock);
	}

	@Bean
	SubmissionThrottle trackingThrottle(@Value("${tandem.tracking.limit-per-address:300}") int limit, Clock clock) {
		return new SubmissionThrottle(limit, Duration.ofMinutes(1), clock);
	}

}
