package org.tandem.crm;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;

/**
 * Filters for contact lists; every field is optional.
 */
public record ContactFilter(@Nullable String text, @Nullable String stage, @Nullable UserId owner,
		@Nullable Channel channel, @Nullable AccountId account, boolean deleted) {

	public static ContactFilter none() {
		return new ContactFilter(null, null, null, null, null, false);
	}

}
