package org.tandem;

import java.net.URI;
import java.util.function.Consumer;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/**
 * A consumer of Tandem's events as another system would run one, on the RabbitMQ broker
 * of this machine: its own queue bound to the exchange, each message handed over as it
 * comes. Closing it deletes the exchange, which belongs to the test.
 */
public final class BrokerListener implements AutoCloseable {

	private final CachingConnectionFactory connections;

	private final SimpleMessageListenerContainer consumer;

	private final String exchange;

	public BrokerListener(String exchange, String bindingKey, Consumer<Message> handler) {
		this.exchange = exchange;
		this.connections = new CachingConnectionFactory(URI.create("amqp://guest:guest@127.0.0.1:5672"));
		String queue = new RabbitTemplate(this.connections).execute(channel -> {
			channel.exchangeDeclare(exchange, "topic", true);
			String name = channel.queueDeclare().getQueue();
			channel.queueBind(name, exchange, bindingKey);
			return name;
		});
		this.consumer = new SimpleMessageListenerContainer(this.connections);
		this.consumer.setQueueNames(queue);
		this.consumer.setAcknowledgeMode(AcknowledgeMode.AUTO);
		this.consumer.setMessageListener(handler::accept);
		this.consumer.start();
	}

	@Override
	public void close() {
		this.consumer.stop();
		new RabbitTemplate(this.connections).execute(channel -> channel.exchangeDelete(this.exchange));
		this.connections.destroy();
	}

}
