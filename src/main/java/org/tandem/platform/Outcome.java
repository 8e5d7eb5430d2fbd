package org.tandem.platform;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What became of one item of a batch: its result, or the reason it was refused. A batch
 * answers each item this way so that one refused item does not fail the others.
 */
public final class Outcome<T> {

	private final @Nullable T value;

	private final @Nullable RuntimeException refusal;

	private Outcome(@Nullable T value, @Nullable RuntimeException refusal) {
		this.value = value;
		this.refusal = refusal;
	}

	public static <T> Outcome<T> of(T value) {
		return new Outcome<>(Objects.requireNonNull(value), null);
	}

	public static <T> Outcome<T> refused(RuntimeException reason) {
		return new Outcome<>(null, Objects.requireNonNull(reason));
	}

	/** This outcome as one of a wider type: an outcome is read, never written to. */
	@SuppressWarnings("unchecked")
	public static <T> Outcome<T> widen(Outcome<? extends T> outcome) {
		return (Outcome<T>) outcome;
	}

	public boolean isRefused() {
		return this.refusal != null;
	}

	/** The result, or the reason it was refused, thrown. */
	public T get() {
		if (this.refusal != null) {
			throw this.refusal;
		}
		return Objects.requireNonNull(this.value);
	}

	public @Nullable RuntimeException refusal() {
		return this.refusal;
	}

}
