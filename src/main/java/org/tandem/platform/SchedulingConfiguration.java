package org.tandem.platform;

import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock.InterceptMode;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Module listeners run after their publisher's commit on their own threads, so a slow
 * reaction never holds up the request that caused it; periodic jobs run on the scheduler.
 *
 * <p>
 * Several instances may share the database. A periodic job marked with
 * {@link SchedulerLock} runs on one instance at a time: the lock is a row in
 * {@code shedlock}, timed by the database's clock, and held at most as long as the job
 * says, so an instance that dies leaves it to the others. Only the scheduler's calls are
 * locked; a person asking for the same work from a page gets it at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableSchedulerLock(interceptMode = InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "10m")
class SchedulingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	Resubmission resubmission(IncompleteEventPublications publications,
			@Value("${tandem.events.resubmit-after:5m}") Duration after) {
		return new Resubmission(publications, after);
	}

	/**
	 * Module listeners whose work failed, or whose instance stopped before finishing it,
	 * are given their events again once they have been waiting a while: by one instance,
	 * never by one that starts while another is still at work on them.
	 */
	static final class Resubmission {

		private final IncompleteEventPublications publications;

		private final Duration after;

		Resubmission(IncompleteEventPublications publications, Duration after) {
			this.publications = publications;
			this.after = after;
		}

		@SchedulerLock(name = "platform.resubmit-events", lockAtMostFor = "30m")
		@Scheduled(fixedDelayString = "${tandem.events.resubmit-check:1m}", initialDelayString = "1m")
		void resubmit() {
			try {
				this.publications.resubmitIncompletePublicationsOlderThan(this.after);
			}
			catch (RuntimeException ex) {
				log.warn("Could not resubmit the events left incomplete; trying again later", ex);
			}
		}

	}

}
