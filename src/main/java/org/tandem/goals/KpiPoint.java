package org.tandem.goals;

import java.time.LocalDate;

/**
 * A KPI over one bucket of a series: the bucket's first day and its value.
 */
public record KpiPoint(LocalDate start, KpiValue value) {
}
