package org.tandem.crm;

import org.jspecify.annotations.Nullable;

/**
 * Where a contact came from: the channel, the campaign and the form.
 */
public record Origin(@Nullable Channel channel, @Nullable String campaign, @Nullable String form) {
}
