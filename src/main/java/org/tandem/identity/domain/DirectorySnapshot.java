package org.tandem.identity.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tandem.identity.RepProfile;
import org.tandem.platform.Kept;

/**
 * Everyone, their teams and the reps' profiles, as read in the last few seconds: routing
 * weighs every rep for every batch of leads, and the people change rarely. A change made
 * through {@link UserAdministration} forgets the snapshot at once on this instance (and
 * again once its transaction ends); another instance notices within
 * {@code tandem.identity.directory-refresh}.
 */
@Component
public class DirectorySnapshot {

	private final Kept<Snapshot> kept;

	DirectorySnapshot(UserRepository users, TeamRepository teams, RepProfileRepository profiles,
			@Value("${tandem.identity.directory-refresh:2s}") Duration kept) {
		this.kept = new Kept<>(kept,
				() -> new Snapshot(List.copyOf(users.findAllOrdered()),
						byId(teams.findAll(), team -> team.id().value()),
						byId(profiles.findAll().stream().map(RepProfileRecord::view).toList(),
								profile -> profile.user().value())));
	}

	/** Everyone in display order, the teams by id and the profiles by person. */
	public record Snapshot(List<User> users, Map<UUID, Team> teams, Map<UUID, RepProfile> profiles) {
	}

	public Snapshot get() {
		return this.kept.get();
	}

	/** Forgets the snapshot now and once the current transaction ends. */
	void forget() {
		this.kept.forget();
	}

	private static <T> Map<UUID, T> byId(List<T> values, Function<T, UUID> id) {
		return values.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
	}

}
