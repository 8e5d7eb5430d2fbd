package org.tandem.campaigns;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attribution of every won deal, kept per model until something it depends on
 * changes: a deal, a touch, a campaign or its costs, a merge or an erasure (each forgets
 * it at once and again after its commit), and at the latest after
 * {@code tandem.campaigns.credit-ttl} for what no event tells (another instance's
 * changes, a contact's source campaign edited).
 */
@Component
class CreditCache {

	private final AtomicLong generation = new AtomicLong();

	private final Map<AttributionModel, Entry> entries = new ConcurrentHashMap<>();

	private final Duration ttl;

	CreditCache(@Value("${tandem.campaigns.credit-ttl:60s}") Duration ttl) {
		this.ttl = ttl;
	}

	private record Entry(long generation, long at, List<CampaignCredit> credits) {
	}

	List<CampaignCredit> get(AttributionModel model, Supplier<List<CampaignCredit>> compute) {
		long now = System.nanoTime();
		Entry entry = this.entries.get(model);
		if (entry != null && entry.generation() == this.generation.get() && now - entry.at() < this.ttl.toNanos()) {
			return entry.credits();
		}
		long generation = this.generation.get();
		List<CampaignCredit> credits = compute.get();
		this.entries.put(model, new Entry(generation, now, credits));
		return credits;
	}

	/** Something the attribution depends on changed. */
	void changed() {
		this.generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CreditCache.this.generation.incrementAndGet();
				}
			});
		}
	}

}
