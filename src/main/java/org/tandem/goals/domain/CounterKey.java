package org.tandem.goals.domain;

import java.time.LocalDate;

import org.tandem.goals.Slice;

/**
 * One kept counter: a measure, on a day, for one value of one slice.
 */
public record CounterKey(LocalDate day, Measure measure, Slice slice, String value) {
}
