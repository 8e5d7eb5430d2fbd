package org.tandem.broadcast;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.SmartLifecycle;
import org.tandem.broadcast.domain.OutboxStore;
import org.tandem.broadcast.domain.OutboxStore.Outgoing;
import org.tandem.platform.Worker;

/**
 * Publishes the outbox to the broker: claims a batch of waiting events (another instance
 * takes others; one that stops leaves its claim to run out), publishes them persistent to
 * a durable topic exchange with the event type as routing key, waits for the broker's
 * confirms and only then marks them published. While the broker is away the events wait
 * and the relay tries again, less often the longer it lasts. A message may come twice
 * (the broker confirmed, the mark was lost); consumers keep the ids they have seen.
 */
class Relay implements SmartLifecycle {

	private static final int BATCH = 500;

	private final OutboxStore store;

	private final RabbitTemplate rabbit;

	private final String exchange;

	private final Clock clock;

	private final Duration claim;

	private final Worker worker;

	private volatile boolean declared;

	Relay(OutboxStore store, RabbitTemplate rabbit, String exchange, Clock clock, Duration claim, Duration maxPause) {
		this.store = store;
		this.rabbit = rabbit;
		this.exchange = exchange;
		this.clock = clock;
		this.claim = claim;
		this.worker = new Worker("broadcast-relay", this::publishWaiting, Duration.ofMillis(500), maxPause);
	}

	/** Events were committed: publish them at once. */
	void wake() {
		this.worker.wake();
	}

	/** Publishes one batch of what waits; returns how many events went out. */
	int publishWaiting() {
		Instant now = this.clock.instant();
		List<Outgoing> batch = this.store.claim(now, now.plus(this.claim), BATCH);
		if (batch.isEmpty()) {
			return 0;
		}
		try {
			publish(batch);
		}
		catch (AmqpException ex) {
			this.declared = false;
			this.store.release(batch.stream().map(Outgoing::id).toList());
			throw ex;
		}
		this.store.published(batch.stream().map(Outgoing::id).toList(), this.clock.instant());
		return batch.size();
	}

	private void publish(List<Outgoing> batch) {
		if (!this.declared) {
			this.rabbit.execute(channel -> channel.exchangeDeclare(this.exchange, "topic", true));
			this.declared = true;
		}
		this.rabbit.invoke(operations -> {
			for (Outgoing event : batch) {
				operations.send(this.exchange, event.type(), message(event));
			}
			operations.waitForConfirmsOrDie(TimeUnit.SECONDS.toMillis(10));
			return null;
		});
	}

	private static Message message(Outgoing event) {
		MessageProperties properties = new MessageProperties();
		properties.setMessageId(event.id().toString());
		properties.setType(event.type());
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setContentEncoding(StandardCharsets.UTF_8.name());
		properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		properties.setTimestamp(Date.from(event.occurredAt()));
		properties.setHeader("tandem-event-version", event.version());
		properties.setAppId("tandem");
		return new Message(event.payload().getBytes(StandardCharsets.UTF_8), properties);
	}

	@Override
	public void start() {
		this.worker.start();
	}

	@Override
	public void stop() {
		this.worker.stop();
	}

	@Override
	public boolean isRunning() {
		return this.worker.isRunning();
	}

}
