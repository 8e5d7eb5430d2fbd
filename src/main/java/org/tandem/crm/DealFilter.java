package org.tandem.crm;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;

/**
 * Deal list filters; each is optional. {@code outcome} is OPEN, WON or LOST.
 */
public record DealFilter(@Nullable String text, @Nullable UUID pipeline, @Nullable UUID stage, @Nullable UserId owner,
		@Nullable AccountId account, @Nullable ContactId contact, @Nullable String outcome) {

	public static DealFilter none() {
		return new DealFilter(null, null, null, null, null, null, null);
	}

}
