package org.tandem.funnel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
