package org.tandem.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.domain.DirectorySnapshot;
import org.tandem.identity.domain.RepProfileRecord;
import org.tandem.identity.domain.RepProfileRepository;
import org.tandem.identity.domain.Team;
import org.tandem.identity.domain.TeamRepository;
import org.tandem.identity.domain.User;
import org.tandem.identity.domain.UserRepository;

/**
 * Read access to people, teams and rep profiles for the other modules.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final UserRepository users;

	private final TeamRepository teams;

	private final RepProfileRepository profiles;

	private final DirectorySnapshot snapshot;

	UserDirectory(UserRepository users, TeamRepository teams, RepProfileRepository profiles,
			DirectorySnapshot snapshot) {
		this.snapshot = snapshot;
		this.users = users;
		this.teams = teams;
		this.profiles = profiles;
	}

	public Optional<UserSummary> find(UserId id) {
		return this.users.findById(id.value()).map(user -> summary(user, teamsById()));
	}

	public Optional<UserSummary> findByUsername(String username) {
		return this.users.findByUsername(username).map(user -> summary(user, teamsById()));
	}

	/** Everyone, as read in the last few seconds ({@link DirectorySnapshot}). */
	public List<UserSummary> all() {
		DirectorySnapshot.Snapshot snapshot = this.snapshot.get();
		return snapshot.users().stream().map(user -> summary(user, snapshot.teams())).toList();
	}

	public List<UserSummary> withRole(Role role) {
		return all().stream().filter(user -> user.role() == role).toList();
	}

	/**
	 * Display names by id, for lists that show owners and actors.
	 */
	public Map<UserId, String> displayNames(Collection<UserId> ids) {
		return this.users.findAllById(ids.stream().map(UserId::value).toList())
			.stream()
			.collect(Collectors.toMap(User::id, User::displayName));
	}

	/**
	 * Who a rep escalates to: the department heads of the rep's team, or every head of a
	 * sales team when the rep's team has none.
	 */
	public List<UserSummary> managersOf(UserId rep) {
		List<UserSummary> everyone = all();
		TeamId team = everyone.stream()
			.filter(user -> user.id().equals(rep))
			.findFirst()
			.map(UserSummary::team)
			.orElse(null);
		List<UserSummary> heads = everyone.stream()
			.filter(user -> user.role() == Role.MANAGER && user.enabled())
			.toList();
		List<UserSummary> own = heads.stream().filter(head -> team != null && team.equals(head.team())).toList();
		return own.isEmpty() ? salesHeads() : own;
	}

	/** The heads of the sales teams (or every head, when no sales team has one). */
	public List<UserSummary> salesHeads() {
		List<UserSummary> heads = all().stream().filter(user -> user.role() == Role.MANAGER && user.enabled()).toList();
		List<UserSummary> sales = heads.stream().filter(head -> head.teamKind() == TeamKind.SALES).toList();
		return sales.isEmpty() ? heads : sales;
	}

	public List<TeamSummary> teams() {
		return this.teams.findAllOrdered().stream().map(Team::summary).toList();
	}

	public Optional<RepProfile> profile(UserId user) {
		return this.profiles.findById(user.value()).map(RepProfileRecord::view);
	}

	/**
	 * The profiles of these people, for those who have one, as read in the last few
	 * seconds ({@link DirectorySnapshot}).
	 */
	public Map<UserId, RepProfile> profiles(Collection<UserId> users) {
		Map<UUID, RepProfile> all = this.snapshot.get().profiles();
		Map<UserId, RepProfile> found = new HashMap<>();
		users.forEach(user -> {
			RepProfile profile = all.get(user.value());
			if (profile != null) {
				found.put(user, profile);
			}
		});
		return found;
	}

	private Map<UUID, Team> teamsById() {
		return this.teams.findAll().stream().collect(Collectors.toMap(team -> team.id().value(), Function.identity()));
	}

	static UserSummary summary(User user, Map<UUID, Team> teamsById) {
		TeamId teamId = user.team();
		Team team = teamId == null ? null : teamsById.get(teamId.value());
		return new UserSummary(user.id(), user.username(), user.displayName(), user.email(), user.role(), teamId,
				team == null ? null : team.name(), team == null ? null : team.kind(), user.locale(), user.enabled());
	}

}
