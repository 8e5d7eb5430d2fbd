package org.tandem.platform;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that works off an outbox while its application runs. A round that found
 * nothing to do waits until it is woken (after a commit that wrote work) or for a short
 * while; a round that failed (the database or the remote side away) waits longer after
 * each failure, up to a limit. The work stays in its table meanwhile, so nothing is lost.
 */
public final class Worker {

	private static final Logger log = LoggerFactory.getLogger(Worker.class);

	/** One round of work; the answer is how much was done (0: nothing waited). */
	@FunctionalInterface
	public interface Round {

		int run();

	}

	private final String name;

	private final Round round;

	private final Duration idle;

	private final Duration maxPause;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition work = this.lock.newCondition();

	private volatile boolean woken;

	private volatile boolean running;

	private @Nullable Thread thread;

	private final Duration linger;

	public Worker(String name, Round round, Duration idle, Duration maxPause) {
		this(name, round, idle, maxPause, Duration.ZERO);
	}

	/**
	 * @param linger how long a round that found work is followed by a pause: a busy
	 * outbox is then worked off in batches rather than a round per commit that woke it
	 */
	public Worker(String name, Round round, Duration idle, Duration maxPause, Duration linger) {
		this.name = name;
		this.round = round;
		this.idle = idle;
		this.maxPause = maxPause;
		this.linger = linger;
	}

	/** Work was committed: do a round at once. */
	public void wake() {
		this.lock.lock();
		try {
			this.woken = true;
			this.work.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void loop() {
		long pause = 0;
		while (this.running) {
			try {
				if (this.round.run() == 0) {
					awaitWork();
				}
				else if (!this.linger.isZero()) {
					Thread.sleep(this.linger.toMillis());
				}
				pause = 0;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				pause = Math.min(Math.max(2 * pause, 250), this.maxPause.toMillis());
				log.warn("{} paused for {} ms: {}", this.name, pause, ex.getMessage());
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void awaitWork() throws InterruptedException {
		this.lock.lock();
		try {
			if (!this.woken) {
				this.work.await(this.idle.toMillis(), TimeUnit.MILLISECONDS);
			}
			this.woken = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	public void start() {
		this.running = true;
		Thread worker = new Thread(this::loop, this.name);
		worker.setDaemon(true);
		worker.start();
		this.thread = worker;
	}

	/** Stops after the round under way, waiting for it at most 15 seconds. */
	public void stop() {
		this.running = false;
		Thread worker = this.thread;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(TimeUnit.SECONDS.toMillis(15));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	public boolean isRunning() {
		return this.running;
	}

}
