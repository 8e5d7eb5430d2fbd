package org.tandem.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;

/**
 * An alert with the numbers behind it: the week judged, the KPI's value that week, and
 * what it was judged against (the earlier weeks' mean, spread and the threshold; for a
 * goal, the target, with the forecast as the value).
 *
 * @param history the earlier weeks' values, oldest first (empty for a goal)
 */
public record KpiAlert(UUID id, AlertRuleId rule, String ruleName, AlertKind kind, Kpi kpi, LocalDate weekStart,
		LocalDate weekEnd, Instant raisedAt, BigDecimal value, @Nullable BigDecimal mean,
		@Nullable BigDecimal deviation, BigDecimal threshold, List<BigDecimal> history, List<UserId> owners,
		@Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy) {
}
