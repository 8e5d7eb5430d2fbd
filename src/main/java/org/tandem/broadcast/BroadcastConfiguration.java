package org.tandem.broadcast;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.tandem.broadcast.domain.OutboxStore;
import org.tandem.crm.DealManagement;

/**
 * Broadcasting is on when {@code tandem.broadcast.enabled} is true; then
 * {@code tandem.broadcast.uri} names the broker (an {@code amqp://} address with its
 * credentials) and {@code tandem.broadcast.exchange} the topic exchange events go to.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tandem.broadcast.enabled", havingValue = "true")
class BroadcastConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BroadcastConfiguration.class);

	@Bean(destroyMethod = "destroy")
	CachingConnectionFactory broadcastConnections(
			@Value("${tandem.broadcast.uri:amqp://guest:guest@127.0.0.1:5672}") URI uri) {
		CachingConnectionFactory connections = new CachingConnectionFactory(uri);
		connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.SIMPLE);
		connections.setConnectionTimeout((int) Duration.ofSeconds(5).toMillis());
		connections.setConnectionNameStrategy(factory -> "tandem-broadcast");
		return connections;
	}

	@Bean
	Relay broadcastRelay(OutboxStore store, CachingConnectionFactory broadcastConnections, Clock clock,
			@Value("${tandem.broadcast.exchange:tandem.events}") String exchange,
			@Value("${tandem.broadcast.claim:30s}") Duration claim,
			@Value("${tandem.broadcast.max-pause:30s}") Duration maxPause) {
		return new Relay(store, new RabbitTemplate(broadcastConnections), exchange, clock, claim, maxPause);
	}

	@Bean
	BroadcastListeners broadcastListeners(OutboxStore store, DealManagement deals, Relay broadcastRelay, Clock clock) {
		return new BroadcastListeners(store, deals, broadcastRelay, clock);
	}

	@Bean
	Housekeeping broadcastHousekeeping(OutboxStore store, Clock clock,
			@Value("${tandem.broadcast.keep:7d}") Duration keep) {
		return new Housekeeping(store, clock, keep);
	}

	/** Published events are kept a week (a repeat within it is recognised), then go. */
	record Housekeeping(OutboxStore store, Clock clock, Duration keep) {

		@SchedulerLock(name = "broadcast.housekeeping", lockAtMostFor = "30m")
		@Scheduled(cron = "${tandem.broadcast.housekeeping-cron:0 40 * * * *}")
		void forgetPublished() {
			int forgotten = this.store.forgetPublishedBefore(this.clock.instant().minus(this.keep));
			if (forgotten > 0) {
				log.info("Forgot {} events published more than {} ago", forgotten, this.keep);
			}
		}

	}

}
