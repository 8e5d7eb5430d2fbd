package org.tandem;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting in tests for what happens on other threads and instances. */
public final class Waiting {

	private Waiting() {
	}

	/** Waits until the condition holds, failing the test after {@code patience}. */
	public static void until(BooleanSupplier condition, Duration patience, String what) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what).isLessThan(deadline);
			pause(Duration.ofMillis(300));
		}
	}

	public static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
