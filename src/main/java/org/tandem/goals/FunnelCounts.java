package org.tandem.goals;

/**
 * The leads that entered the funnel in a period, and how many of them have reached each
 * later stage since: the end-to-end funnel of one cohort.
 */
public record FunnelCounts(long entered, long mql, long sql, long opportunity, long won) {
}
