package org.tandem.notifications.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.platform.DemoMode;

/**
 * The demo company's people read most of what the bell told them, some within minutes and
 * some the next morning, so that the information flow has reactions to show.
 */
@Component
@Order(95)
class DemoReactions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReactions.class);

	private final DemoMode demo;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	DemoReactions(DemoMode demo, JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled()
				|| this.jdbc.sql("SELECT COUNT(*) FROM notifications_message WHERE read_at IS NOT NULL")
					.query(Long.class)
					.single() > 0) {
			return;
		}
		Instant now = this.clock.instant();
		Random random = new Random(95);
		List<Object[]> reads = new ArrayList<>();
		this.jdbc.sql("SELECT id, at FROM notifications_message ORDER BY at").query((rs, row) -> {
			Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
			// a log-normal wait: half within about 25 minutes, a long tail into the next
			// day
			long minutes = Math.round(Math.exp(Math.log(25) + 1.4 * random.nextGaussian()));
			Instant read = at.plusSeconds(60 * Math.max(1, minutes));
			if (random.nextDouble() < 0.75 && read.isBefore(now)) {
				reads.add(new Object[] { Timestamp.from(read), rs.getObject("id", UUID.class) });
			}
			return at;
		}).list();
		this.template.batchUpdate("UPDATE notifications_message SET read_at = ? WHERE id = ?", reads);
		log.info("Demo data: {} bell messages read", reads.size());
	}

}
