package org.tandem.crm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A campaign named as people's source: a channel they came through, when the first and
 * the last of them arrived, and how many they are.
 */
public record SourceCampaign(String name, @Nullable Channel channel, Instant first, Instant last, long people) {
}
