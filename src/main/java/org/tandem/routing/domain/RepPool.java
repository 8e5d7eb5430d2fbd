package org.tandem.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactManagement;
import org.tandem.identity.RepProfile;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;

/**
 * The sales reps with their profiles, open leads and last assignment, as routing weighs
 * them. Profiles come from the directory's recent reading; a rep's open leads and last
 * assignment are counted from the records at most every
 * {@code tandem.routing.workload-refresh} and, in between, follow the assignments this
 * instance makes, so that routing a burst of leads does not count every rep's open leads
 * for each one.
 */
@Component
public class RepPool {

	/** Stages in which a lead counts against a rep's capacity. */
	public static final List<String> OPEN_STAGES = List.of("MQL", "SQL", "OPPORTUNITY");

	private final UserDirectory directory;

	private final ContactManagement contacts;

	private final RoutingStore store;

	private final long refreshNanos;

	private final Map<UserId, Load> loads = new ConcurrentHashMap<>();

	RepPool(UserDirectory directory, ContactManagement contacts, RoutingStore store,
			@Value("${tandem.routing.workload-refresh:2s}") Duration refresh) {
		this.directory = directory;
		this.contacts = contacts;
		this.store = store;
		this.refreshNanos = refresh.toNanos();
	}

	/** A rep's open leads and last assignment, and when they were counted. */
	private record Load(long open, @Nullable Instant lastAssignedAt, long countedAt) {
	}

	public List<RepCandidate> candidates() {
		List<UserSummary> reps = this.directory.withRole(Role.SALES);
		long now = System.nanoTime();
		List<UserId> stale = reps.stream().map(UserSummary::id).filter(rep -> {
			Load load = this.loads.get(rep);
			return load == null || now - load.countedAt() >= this.refreshNanos;
		}).toList();
		if (!stale.isEmpty()) {
			Map<UserId, Long> open = this.contacts.countByOwner(stale, OPEN_STAGES);
			Map<UserId, Instant> last = this.store.lastAssigned(stale);
			stale.forEach(rep -> this.loads.put(rep, new Load(open.getOrDefault(rep, 0L), last.get(rep), now)));
		}
		Map<UserId, RepProfile> profiles = this.directory.profiles(reps.stream().map(UserSummary::id).toList());
		return reps.stream().filter(rep -> profiles.containsKey(rep.id())).map(rep -> {
			Load load = this.loads.getOrDefault(rep.id(), new Load(0, null, now));
			return new RepCandidate(rep, profiles.get(rep.id()), load.open(), load.lastAssignedAt());
		}).toList();
	}

	/** Counts a lead just assigned to the rep, until their leads are next counted. */
	public void assigned(UserId rep, Instant at) {
		this.loads.computeIfPresent(rep, (id, load) -> new Load(load.open() + 1, at, load.countedAt()));
	}

}
