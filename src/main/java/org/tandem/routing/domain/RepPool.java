package org.tandem.routing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.tandem.crm.ContactManagement;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;

/**
 * The sales reps with their profiles, open leads and last assignment, as routing weighs
 * them.
 */
@Component
public class RepPool {

	/** Stages in which a lead counts against a rep's capacity. */
	public static final List<String> OPEN_STAGES = List.of("MQL", "SQL", "OPPORTUNITY");

	private final UserDirectory directory;

	private final ContactManagement contacts;

	private final RoutingStore store;

	RepPool(UserDirectory directory, ContactManagement contacts, RoutingStore store) {
		this.directory = directory;
		this.contacts = contacts;
		this.store = store;
	}

	public List<RepCandidate> candidates() {
		List<UserSummary> reps = this.directory.withRole(Role.SALES);
		Map<UserId, Long> open = this.contacts.countByOwner(reps.stream().map(UserSummary::id).toList(), OPEN_STAGES);
		Map<UserId, Instant> last = this.store.lastAssigned(reps.stream().map(UserSummary::id).toList());
		return reps.stream()
			.map(rep -> this.directory.profile(rep.id())
				.map(profile -> new RepCandidate(rep, profile, open.getOrDefault(rep.id(), 0L), last.get(rep.id())))
				.orElse(null))
			.filter(Objects::nonNull)
			.toList();
	}

}
