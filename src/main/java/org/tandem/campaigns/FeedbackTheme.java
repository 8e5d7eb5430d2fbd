package org.tandem.campaigns;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A theme customers keep raising: how often in the period, week by week (oldest first),
 * and the latest words said about it.
 */
public record FeedbackTheme(FeedbackKind kind, String theme, long count, List<Long> weekly,
		@Nullable String latestQuote) {
}
