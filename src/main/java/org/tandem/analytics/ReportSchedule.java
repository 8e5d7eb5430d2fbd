package org.tandem.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * A saved report delivered by email on a schedule.
 *
 * @param owner whose view of the numbers is sent (what they may see, recipients see)
 * @param locale the language of the email and the PDF
 * @param lastStatus SENT or FAILED after the last run, with the error when it failed
 */
public record ReportSchedule(UUID id, UUID report, Cadence cadence, boolean pdf, boolean csv, List<String> recipients,
		String locale, UserId owner, Instant nextRunAt, @Nullable Instant lastRunAt, @Nullable String lastStatus,
		@Nullable String lastError, Instant createdAt) {
}
