package org.tandem.funnel;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactId;
import org.tandem.funnel.domain.FunnelStatistics;

/**
 * Facts about the funnel's history that other modules learn from.
 */
@Service
@Transactional(readOnly = true)
public class FunnelReports {

	private final FunnelStatistics statistics;

	FunnelReports(FunnelStatistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * Everyone who ever entered one of these stages (an MQL once stays counted as one),
	 * with the stages they entered.
	 */
	public Map<ContactId, Set<LifecycleStage>> reached(Collection<LifecycleStage> stages) {
		Map<ContactId, Set<LifecycleStage>> reached = new HashMap<>();
		this.statistics.reached(stages).forEach((contact, entered) -> reached.put(new ContactId(contact), entered));
		return reached;
	}

	/**
	 * The change feed: the leads moved after {@code position}, in the order their moves
	 * were written, at most {@code limit} entries.
	 */
	public List<FunnelChange> changesAfter(long position, int limit) {
		return this.statistics.changesAfter(position, limit);
	}

	/**
	 * The feed's entries at these positions: a reader that saw a gap asks again, since a
	 * transaction still open then may have filled it since.
	 */
	public List<FunnelChange> changesAt(Collection<Long> positions) {
		return this.statistics.changesAt(positions);
	}

	/** The highest position of the change feed so far; 0 when it is empty. */
	public long lastPosition() {
		return this.statistics.lastPosition();
	}

	/**
	 * Every lead with a history, in id order, after {@code after} (from the first when
	 * null), at most {@code limit}: for readers that rebuild their view of all of them.
	 */
	public List<ContactId> leadsAfter(@Nullable ContactId after, int limit) {
		return this.statistics.leadsAfter(after == null ? null : after.value(), limit)
			.stream()
			.map(ContactId::new)
			.toList();
	}

	/**
	 * When each of these leads first reached each stage; leads with no history are left
	 * out.
	 */
	public Map<ContactId, Milestones> milestones(Collection<ContactId> contacts) {
		Map<ContactId, Milestones> milestones = new HashMap<>();
		this.statistics.milestones(contacts.stream().map(ContactId::value).toList())
			.forEach((contact, reached) -> milestones.put(new ContactId(contact), reached));
		return milestones;
	}

	/**
	 * How often sales sent leads back since {@code since}, by reason code, the most
	 * frequent first.
	 */
	public Map<String, Long> rejectionsByReason(Instant since) {
		return this.statistics.rejectionsByReason(since);
	}

	/** How the leads handed to sales since {@code since} fared, in counts. */
	public HandOffs handOffs(Instant since) {
		long handed = 0;
		long accepted = 0;
		long rejected = 0;
		long withReason = 0;
		for (FunnelStatistics.Outcome outcome : this.statistics.handOffOutcomes(since).values()) {
			handed++;
			if (outcome.accepted || outcome.won) {
				accepted++;
			}
			else if (outcome.rejected) {
				rejected++;
				if (outcome.reason != null) {
					withReason++;
				}
			}
		}
		return new HandOffs(handed, accepted, rejected, withReason);
	}

	/**
	 * Sales' verdict on each lead handed over since {@code since}: true when accepted (or
	 * won), false when sent back; leads still waiting have no verdict.
	 */
	public Map<ContactId, Boolean> salesVerdicts(Instant since) {
		Map<ContactId, Boolean> verdicts = new LinkedHashMap<>();
		this.statistics.handOffOutcomes(since).forEach((UUID contact, FunnelStatistics.Outcome outcome) -> {
			if (outcome.accepted || outcome.won) {
				verdicts.put(new ContactId(contact), true);
			}
			else if (outcome.rejected) {
				verdicts.put(new ContactId(contact), false);
			}
		});
		return verdicts;
	}

}
