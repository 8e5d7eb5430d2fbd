package org.tandem;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for a Slack incoming webhook: it counts the posts about
 * each lead (by the "Lead123" in the text), and can be made to fail with 503 as a chat
 * service that is down.
 */
public final class ChatStandIn implements AutoCloseable {

	private static final Pattern LEAD = Pattern.compile("Lead(\\d+)");

	private final HttpServer server;

	private final Map<Integer, AtomicInteger> posts = new ConcurrentHashMap<>();

	private final AtomicInteger refused = new AtomicInteger();

	private volatile boolean down;

	public ChatStandIn() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", exchange -> {
			try (InputStream body = exchange.getRequestBody()) {
				String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
				if (this.down) {
					this.refused.incrementAndGet();
					exchange.sendResponseHeaders(503, -1);
					return;
				}
				Matcher lead = LEAD.matcher(text);
				if (lead.find()) {
					this.posts.computeIfAbsent(Integer.parseInt(lead.group(1)), key -> new AtomicInteger())
						.incrementAndGet();
				}
				exchange.sendResponseHeaders(200, -1);
			}
			finally {
				exchange.close();
			}
		});
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	public void down(boolean down) {
		this.down = down;
	}

	/** Posts about this lead that were taken. */
	public int posts(int lead) {
		AtomicInteger seen = this.posts.get(lead);
		return seen == null ? 0 : seen.get();
	}

	/** Posts answered 503 while down. */
	public int refused() {
		return this.refused.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
