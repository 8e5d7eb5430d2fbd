package org.tandem.identity.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.identity.RepProfile;

/**
 * Everyone, their teams and the reps' profiles, as read in the last few seconds: routing
 * weighs every rep for every batch of leads, and the people change rarely. A change made
 * through {@link UserAdministration} forgets the snapshot at once on this instance (and
 * again once it commits); another instance notices within
 * {@code tandem.identity.directory-refresh}.
 */
@Component
public class DirectorySnapshot {

	private final UserRepository users;

	private final TeamRepository teams;

	private final RepProfileRepository profiles;

	private final long keptNanos;

	private volatile @Nullable Snapshot current;

	DirectorySnapshot(UserRepository users, TeamRepository teams, RepProfileRepository profiles,
			@Value("${tandem.identity.directory-refresh:2s}") Duration kept) {
		this.users = users;
		this.teams = teams;
		this.profiles = profiles;
		this.keptNanos = kept.toNanos();
	}

	/** Everyone in display order, the teams by id and the profiles by person. */
	public record Snapshot(List<User> users, Map<UUID, Team> teams, Map<UUID, RepProfile> profiles, long takenAt) {
	}

	public Snapshot get() {
		Snapshot snapshot = this.current;
		long now = System.nanoTime();
		if (snapshot == null || now - snapshot.takenAt() >= this.keptNanos) {
			snapshot = new Snapshot(List.copyOf(this.users.findAllOrdered()),
					byId(this.teams.findAll(), team -> team.id().value()),
					byId(this.profiles.findAll().stream().map(RepProfileRecord::view).toList(),
							profile -> profile.user().value()),
					now);
			this.current = snapshot;
		}
		return snapshot;
	}

	/** Forgets the snapshot now and once the current transaction commits. */
	void forget() {
		this.current = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					DirectorySnapshot.this.current = null;
				}
			});
		}
	}

	private static <T> Map<UUID, T> byId(List<T> values, Function<T, UUID> id) {
		return values.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
	}

}
