package org.tandem.goals;

import java.util.List;
import java.util.UUID;

import org.tandem.identity.UserId;

/**
 * A rule raised an alert; its owners are to be told.
 */
public record KpiAlertRaised(UUID alert, String rule, Kpi kpi, List<UserId> owners) {
}
