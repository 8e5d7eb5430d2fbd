package org.tandem.intake.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.identity.UserId;

/**
 * Idempotency keys with Stripe's semantics: the first request with a key claims it
 * (committed at once, so concurrent twins see the claim), and its answer is stored for
 * replays; the same key with another body is refused; a twin arriving while the first is
 * in flight is told so. Keys are kept for at least 24 hours.
 *
 * <p>
 * A claim left unanswered longer than the lease (its instance stopped, or lost the
 * database before it could answer or let go) is taken over by the next request with the
 * same key and body; doing the submission again is safe, since a known person is updated
 * rather than added.
 */
@Component
public class IdempotencyKeys {

	public static final Duration KEPT = Duration.ofHours(48);

	private final JdbcClient jdbc;

	private final TransactionTemplate separate;

	private final Clock clock;

	private final Duration lease;

	IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${tandem.intake.idempotency-lease:30s}") Duration lease) {
		this.jdbc = jdbc;
		this.lease = lease;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** What a request finds when it presents its key. */
	public sealed interface Claim {

		/** The key is new and now this request's. */
		record Claimed() implements Claim {
		}

		/** The same request was answered before: here is that answer. */
		record Replay(int status, String body) implements Claim {
		}

		/** The key was used for a different request. */
		record Mismatch() implements Claim {
		}

		/** The same request is being processed right now. */
		record InFlight() implements Claim {
		}

	}

	private record Stored(String hash, Integer status, String body) {
	}

	public Claim claim(UserId owner, String key, String requestHash) {
		return this.separate.execute(status -> {
			int inserted = this.jdbc
				.sql("INSERT INTO intake_idempotency (owner_id, idempotency_key, request_hash, created_at) "
						+ "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
				.params(owner.value(), key, requestHash, Timestamp.from(this.clock.instant()))
				.update();
			if (inserted == 1) {
				return new Claim.Claimed();
			}
			Optional<Stored> stored = this.jdbc
				.sql("SELECT request_hash, status, response_body FROM intake_idempotency "
						+ "WHERE owner_id = ? AND idempotency_key = ?")
				.params(owner.value(), key)
				.query((rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)))
				.optional();
			if (stored.isEmpty()) {
				return new Claim.InFlight();
			}
			if (!stored.get().hash().equals(requestHash)) {
				return new Claim.Mismatch();
			}
			if (stored.get().status() != null) {
				return new Claim.Replay(stored.get().status(), stored.get().body());
			}
			int takenOver = this.jdbc
				.sql("UPDATE intake_idempotency SET created_at = ? WHERE owner_id = ? AND idempotency_key = ? "
						+ "AND status IS NULL AND created_at < ?")
				.params(Timestamp.from(this.clock.instant()), owner.value(), key,
						Timestamp.from(this.clock.instant().minus(this.lease)))
				.update();
			return takenOver == 1 ? new Claim.Claimed() : new Claim.InFlight();
		});
	}

	public void complete(UserId owner, String key, int status, String body) {
		this.separate.executeWithoutResult(tx -> this.jdbc.sql(
				"UPDATE intake_idempotency SET status = ?, response_body = ? WHERE owner_id = ? AND idempotency_key = ?")
			.params(status, body, owner.value(), key)
			.update());
	}

	/** Gives the key back when its request failed, so that a retry can try again. */
	public void release(UserId owner, String key) {
		this.separate.executeWithoutResult(tx -> this.jdbc
			.sql("DELETE FROM intake_idempotency WHERE owner_id = ? AND idempotency_key = ? AND status IS NULL")
			.params(owner.value(), key)
			.update());
	}

	public int forgetOlderThan(Duration age) {
		return this.jdbc.sql("DELETE FROM intake_idempotency WHERE created_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(age)))
			.update();
	}

}
