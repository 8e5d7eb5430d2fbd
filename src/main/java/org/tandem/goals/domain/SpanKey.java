package org.tandem.goals.domain;

import java.time.LocalDate;

/**
 * One kept histogram bucket: how many leads took {@code days} whole days over a span,
 * counted on the day they reached its later milestone.
 */
public record SpanKey(LocalDate day, Span span, int days) {
}
