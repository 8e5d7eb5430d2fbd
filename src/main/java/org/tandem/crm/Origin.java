package org.tandem.crm;

import org.jspecify.annotations.Nullable;

/**
 * Where a contact came from.
 */
public record Origin(@Nullable Channel channel, @Nullable String campaign) {
}
