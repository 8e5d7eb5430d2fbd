package org.tandem.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.notifications.domain.NotificationStore;
import org.tandem.notifications.domain.NotificationStore.Claimed;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.LocalisedText;
import org.tandem.platform.Worker;

/**
 * Delivers the outbox: claims what is due (a delivery another instance holds is left to
 * it; one whose instance stopped is taken over when its claim runs out), sends it, and
 * records how it went. A 5xx answer, a 429, a timeout or a refused connection is tried
 * again with exponential back-off and jitter for up to 72 hours; any other answer gives
 * up at once. Given-up deliveries wait in the dead-letter list for an admin to replay.
 * Each destination gets at most its messages per minute on each instance.
 *
 * <p>
 * Runs in its own thread, woken as soon as a transaction wrote deliveries, else every
 * second. The requests of a batch (up to a hundred) go out at once; emails one by one.
 */
@Component
class Dispatcher implements SmartLifecycle, DisposableBean {

	private static final Duration GIVE_UP = Duration.ofHours(72);

	private final NotificationStore store;

	private final Payloads payloads;

	private final UserDirectory directory;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private final Duration retryBase;

	/**
	 * How long a claim holds: an instance that stops leaves its rows to another after it.
	 */
	private final Duration claim;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** The most deliveries a round claims, and so the most requests in flight. */
	private static final int BATCH = 100;

	/**
	 * The threads that wait for destinations' answers: a round's requests all at once, on
	 * threads kept for the next rounds. The client's own asynchronous sending would hand
	 * each answer to a new thread on a machine of two cores, where the common pool has
	 * one thread only.
	 */
	private final ExecutorService senders = new ThreadPoolExecutor(0, BATCH, 60, TimeUnit.SECONDS,
			new SynchronousQueue<>(), new ThreadFactory() {

				private final AtomicInteger count = new AtomicInteger();

				@Override
				public Thread newThread(Runnable task) {
					Thread thread = new Thread(task, "notifications-sender-" + this.count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}

			}, new ThreadPoolExecutor.CallerRunsPolicy());

	private final Map<UUID, long[]> sentThisMinute = new ConcurrentHashMap<>();

	/**
	 * The dispatcher's thread: a round when woken, or every second; while busy, a round
	 * every 25 ms at most, each taking what gathered meanwhile.
	 */
	private final Worker worker = new Worker("notifications-dispatcher", this::deliverDue, Duration.ofSeconds(1),
			Duration.ofSeconds(1), Duration.ofMillis(25));

	Dispatcher(NotificationStore store, Payloads payloads, UserDirectory directory, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, Clock clock, @Value("${tandem.mail.from:tandem@tandem.local}") String from,
			@Value("${tandem.notifications.retry-base:30s}") Duration retryBase,
			@Value("${tandem.notifications.claim:60s}") Duration claim) {
		this.retryBase = retryBase;
		this.claim = claim;
		this.store = store;
		this.payloads = payloads;
		this.directory = directory;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
	}

	/** Deliveries were committed: look at once. */
	void wake() {
		this.worker.wake();
	}

	/** Sends what is due now; returns how many deliveries were handled. */
	int deliverDue() {
		Instant now = this.clock.instant();
		List<Claimed> claimed = this.store.claim(now, now.plus(this.claim), BATCH);
		if (claimed.isEmpty()) {
			return 0;
		}
		// read once for the batch: the hosts an admin allowed, and each destination
		Batch batch = new Batch(this.store.allowedHosts(), new HashMap<>());
		List<InFlight> inFlight = new ArrayList<>();
		for (Claimed delivery : claimed) {
			if ("DESTINATION".equals(delivery.channel())) {
				start(delivery, now, batch).ifPresent(inFlight::add);
			}
			else {
				deliver(delivery);
			}
		}
		// the requests of a batch are on their way at once; each answer is judged as it
		// comes, and the delivered ones are recorded together
		List<UUID> delivered = new ArrayList<>();
		for (InFlight request : inFlight) {
			if (finish(request)) {
				delivered.add(request.delivery().id());
			}
		}
		this.store.sentAll(delivered, this.clock.instant());
		return claimed.size();
	}

	/** A request sent, waiting for its answer. */
	private record InFlight(Claimed delivery, CompletableFuture<HttpResponse<String>> answer) {
	}

	/**
	 * Checks a destination delivery and sends its request without waiting; empty when it
	 * was postponed by the rate limit or given up before sending.
	 */
	private Optional<InFlight> start(Claimed delivery, Instant now, Batch batch) {
		try {
			NotificationStore.Stored stored = batch.destinations()
				.computeIfAbsent(delivery.destination(), this.store::destination)
				.orElseThrow(() -> new Refused("the destination was removed"));
			Destination destination = stored.destination();
			if (!destination.active()) {
				throw new Refused("the destination is switched off");
			}
			if (!withinRate(destination, now)) {
				this.store.postpone(delivery.id(), now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)));
				return Optional.empty();
			}
			HttpRequest request = request(destination, this.payloads.body(stored, delivery, now), batch.allowedHosts());
			return Optional
				.of(new InFlight(delivery, CompletableFuture.supplyAsync(() -> send(request), this.senders)));
		}
		catch (Refused refused) {
			this.store.failed(delivery.id(), refused.getMessage(), null);
			return Optional.empty();
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("stopping");
		}
	}

	/** Judges an answer: true when it was delivered; a failure is recorded here. */
	private boolean finish(InFlight request) {
		Claimed delivery = request.delivery();
		Instant now = this.clock.instant();
		try {
			HttpResponse<String> answer = request.answer().get(15, TimeUnit.SECONDS);
			judge(answer);
			return true;
		}
		catch (Refused refused) {
			this.store.failed(delivery.id(), refused.getMessage(), null);
		}
		catch (Retry | ExecutionException | TimeoutException ex) {
			// a request still waiting for a thread is not sent after it was judged
			request.answer().cancel(true);
			String why = ex instanceof ExecutionException failed && failed.getCause() != null
					? String.valueOf(failed.getCause().getMessage()) : String.valueOf(ex.getMessage());
			this.store.failed(delivery.id(), why, next(delivery, now));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			request.answer().cancel(true);
			this.store.postpone(delivery.id(), now);
		}
		return false;
	}

	/** What one batch of deliveries reads once. */
	private record Batch(Set<String> allowedHosts, Map<UUID, Optional<NotificationStore.Stored>> destinations) {
	}

	/** Sends an email, or a person's digest, now. */
	private void deliver(Claimed delivery) {
		Instant now = this.clock.instant();
		try {
			if ("DIGEST".equals(delivery.channel())) {
				List<UUID> gathered = this.store.digestOf(delivery.recipient(), now.plus(this.claim));
				List<Claimed> all = new ArrayList<>(this.store.deliveriesById(gathered));
				if (all.stream().noneMatch(one -> one.id().equals(delivery.id()))) {
					all.add(delivery);
				}
				email(delivery, all);
				all.forEach(one -> this.store.sent(one.id(), now));
				return;
			}
			email(delivery, List.of(delivery));
			this.store.sent(delivery.id(), now);
		}
		catch (Refused refused) {
			this.store.failed(delivery.id(), refused.getMessage(), null);
		}
		catch (MailException | MessagingException ex) {
			this.store.failed(delivery.id(), String.valueOf(ex.getMessage()), next(delivery, now));
		}
	}

	/**
	 * When to try again: after 30 s ({@code tandem.notifications.retry-base}), then twice
	 * as long each time up to six hours, give or take a tenth; null once 72 hours have
	 * passed since the event.
	 */
	@Nullable Instant next(Claimed delivery, Instant now) {
		if (now.isAfter(delivery.at().plus(GIVE_UP))) {
			return null;
		}
		long millis = Math.min(Duration.ofHours(6).toMillis(),
				this.retryBase.toMillis() << Math.min(delivery.attempts(), 20));
		double jitter = 0.9 + 0.2 * ThreadLocalRandom.current().nextDouble();
		return now.plusMillis((long) (millis * jitter));
	}

	/**
	 * Sends a test message to a destination now, through the same address check, and says
	 * how it went: an admin's button.
	 */
	String test(NotificationStore.Stored stored) {
		Instant now = this.clock.instant();
		try {
			judge(this.http.send(
					request(stored.destination(),
							this.payloads.body(stored.destination(), UUID.randomUUID(), Topic.LEAD_ASSIGNED,
									"notifications.testMessage", List.of(stored.destination().name()), "/", "{}", now,
									now, stored.secret(), stored.previousSecret()),
							this.store.allowedHosts()),
					HttpResponse.BodyHandlers.ofString()));
			return "sent";
		}
		catch (IOException | Retry | Refused ex) {
			return String.valueOf(ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private HttpRequest request(Destination destination, Payloads.Body body, Set<String> allowedHosts) {
		URI uri;
		try {
			uri = UrlGuard.check(destination.url(), "url", () -> allowedHosts);
		}
		catch (InputRejectedException ex) {
			throw new Refused("the address was refused: " + ex.message());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("User-Agent", "Tandem-Notifications/1");
		body.headers().forEach(request::header);
		return request.POST(HttpRequest.BodyPublishers.ofString(body.json())).build();
	}

	/** A 2xx is delivered; 5xx, 408 and 429 are worth another try; the rest are not. */
	private static void judge(HttpResponse<String> answer) throws Retry {
		int status = answer.statusCode();
		if (status >= 200 && status < 300) {
			return;
		}
		String said = "HTTP " + status + ": " + abbreviate(answer.body());
		if (status >= 500 || status == 429 || status == 408) {
			throw new Retry(said);
		}
		throw new Refused(said);
	}

	private boolean withinRate(Destination destination, Instant now) {
		long minute = now.getEpochSecond() / 60;
		long[] counter = this.sentThisMinute.computeIfAbsent(destination.id(), id -> new long[] { minute, 0 });
		synchronized (counter) {
			if (counter[0] != minute) {
				counter[0] = minute;
				counter[1] = 0;
			}
			if (counter[1] >= destination.perMinute()) {
				return false;
			}
			counter[1]++;
			return true;
		}
	}

	private void email(Claimed first, List<Claimed> all) throws MessagingException {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			throw new Refused("no mail server is configured (spring.mail.host)");
		}
		Optional<UserSummary> person = this.directory.find(new UserId(first.recipient()))
			.filter(UserSummary::enabled)
			.filter(one -> !one.email().isBlank());
		if (person.isEmpty()) {
			throw new Refused("the recipient can no longer log in");
		}
		Locale locale = Locale.forLanguageTag(person.get().locale());
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(person.get().email());
		StringBuilder plain = new StringBuilder();
		StringBuilder html = new StringBuilder("<ul>");
		for (Claimed one : all) {
			String text = LocalisedText.render(this.messages, one.message(), one.args(), locale);
			// through the link that records the click, then on to the record
			String link = this.payloads.link("/notifications/e/" + one.id());
			plain.append("- ").append(text).append("\n  ").append(link).append('\n');
			html.append("<li><a href=\"")
				.append(HtmlUtils.htmlEscape(link))
				.append("\">")
				.append(HtmlUtils.htmlEscape(text))
				.append("</a></li>");
		}
		html.append("</ul>");
		String subject = all.size() == 1 ? LocalisedText.render(this.messages, first.message(), first.args(), locale)
				: this.messages.getMessage("notifications.digestSubject", new Object[] { all.size() }, locale);
		helper.setSubject(abbreviate(subject));
		helper.setText(plain.toString(), html.toString());
		sender.send(message);
	}

	private static String abbreviate(String text) {
		return text.length() <= 150 ? text : text.substring(0, 149) + "…";
	}

	/** An answer that trying again will not change. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

	/** A failure that may pass: try again later. */
	static final class Retry extends Exception {

		Retry(String message) {
			super(message);
		}

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
	public void destroy() {
		this.senders.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.worker.isRunning();
	}

}
