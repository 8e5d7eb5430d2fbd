package org.tandem.routing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.TeamId;

/**
 * An assignment rule: leads whose {@code attribute} is one of {@code values} go to the
 * reps of {@code team} (or all reps), only to those whose specialisation matches the lead
 * when {@code matchSpecialisation} is set.
 */
public record RoutingRule(UUID id, String name, int position, LeadAttribute attribute, @Nullable String values,
		@Nullable TeamId team, boolean matchSpecialisation, boolean active) {
}
