package org.tandem.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import static org.assertj.core.api.Assertions.assertThat;

class KeptTests {

	private final AtomicInteger reads = new AtomicInteger();

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void readsOnceWhileKept() {
		Kept<Integer> kept = new Kept<>(Duration.ofMinutes(1), this.reads::incrementAndGet);
		assertThat(kept.get()).isEqualTo(1);
		assertThat(kept.get()).isEqualTo(1);
		assertThat(this.reads).hasValue(1);
	}

	@Test
	void readsAgainOnceTheTimeIsUp() {
		Kept<Integer> kept = new Kept<>(Duration.ZERO, this.reads::incrementAndGet);
		assertThat(kept.get()).isEqualTo(1);
		assertThat(kept.get()).isEqualTo(2);
	}

	@Test
	void readsAgainAfterAChange() {
		Kept<Integer> kept = new Kept<>(Duration.ofMinutes(1), this.reads::incrementAndGet);
		kept.get();
		kept.forget();
		assertThat(kept.get()).isEqualTo(2);
	}

	@Test
	void doesNotKeepWhatWasReadWhileAChangeWasMade() {
		AtomicReference<Kept<Integer>> kept = new AtomicReference<>();
		kept.set(new Kept<>(Duration.ofMinutes(1), () -> {
			int read = this.reads.incrementAndGet();
			if (read == 1) {
				kept.get().forget(); // another thread changes the value while this one
										// reads
			}
			return read;
		}));
		assertThat(kept.get().get()).isEqualTo(1);
		assertThat(kept.get().get()).isEqualTo(2);
		assertThat(kept.get().get()).isEqualTo(2);
	}

	@Test
	void forgetsAgainWhenTheChangingTransactionEnds() {
		Kept<Integer> kept = new Kept<>(Duration.ofMinutes(1), this.reads::incrementAndGet);
		TransactionSynchronizationManager.initSynchronization();
		kept.forget();
		// read inside the changing transaction: what it sees is not yet everyone's
		assertThat(kept.get()).isEqualTo(1);
		TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
				TransactionSynchronization.STATUS_ROLLED_BACK);
		TransactionSynchronizationManager.clearSynchronization();
		assertThat(kept.get()).isEqualTo(2);
	}

}
