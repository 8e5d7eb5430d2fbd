package org.tandem.notifications;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.notifications.domain.NotificationStore;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * The notifications people read and choose, and the destinations, routes, allowed hosts
 * and dead letters admins look after.
 */
@Service
@Transactional
public class Notifications {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final NotificationStore store;

	private final Dispatcher dispatcher;

	private final Clock clock;

	private final UserDirectory directory;

	Notifications(NotificationStore store, Dispatcher dispatcher, Clock clock, UserDirectory directory) {
		this.store = store;
		this.dispatcher = dispatcher;
		this.clock = clock;
		this.directory = directory;
	}

	// the bell

	@Transactional(readOnly = true)
	public List<Told> recent(UserId user, int limit) {
		return this.store.messages(user, limit);
	}

	@Transactional(readOnly = true)
	public long unread(UserId user) {
		return this.store.unread(user);
	}

	public void markAllRead(UserId user) {
		this.store.markAllRead(user, this.clock.instant());
	}

	/**
	 * Opens a bell message: marks it read and gives where it leads; not found when it is
	 * not the person's.
	 */
	public String open(UUID message, UserId user) {
		return safe(this.store.open(message, user, this.clock.instant())
			.orElseThrow(() -> new NotFoundException("message", message)));
	}

	/**
	 * Follows an email's link: records the first click and gives where it leads; not
	 * found when the email was not the person's.
	 */
	public String follow(UUID delivery, UserId user) {
		return safe(this.store.clicked(delivery, user, this.clock.instant())
			.orElseThrow(() -> new NotFoundException("delivery", delivery)));
	}

	/** A link of ours is a path on this site; anything else leads home. */
	private static String safe(String link) {
		return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") ? link : "/";
	}

	/**
	 * How news moved over the last {@code period}: per topic and channel, and from each
	 * event to its first reaction.
	 */
	@Transactional(readOnly = true)
	public InformationFlow flow(Duration period) {
		Instant until = this.clock.instant();
		Instant since = until.minus(period);
		FlowTally tally = new FlowTally();
		this.store.sentSince(since, tally::add);
		Map<UserId, String> departments = new HashMap<>();
		for (UserSummary person : this.directory.all()) {
			TeamKind department = person.department();
			departments.put(person.id(), department == null ? "OTHER" : department.name());
		}
		Map<String, Long> comments = new HashMap<>();
		for (UserId author : this.store.commentAuthorsSince(since)) {
			comments.merge(departments.getOrDefault(author, "OTHER"), 1L, Long::sum);
		}
		return tally.result(since, until, comments);
	}

	// preferences

	/**
	 * What a person hears of one topic, and whether it is their own choice or their
	 * team's.
	 */
	public record Choice(Preference preference, Source source) {
	}

	/** Where a person's choice comes from. */
	public enum Source {

		OWN, TEAM, STANDARD

	}

	/**
	 * The person's choice for every topic: their own, else their team's, else the
	 * standard one.
	 */
	@Transactional(readOnly = true)
	public List<Choice> preferences(UserId user) {
		Map<Topic, Preference> own = this.store.preferences(List.of(user)).getOrDefault(user, Map.of());
		TeamId team = this.directory.find(user).map(UserSummary::team).orElse(null);
		Map<Topic, Preference> teams = team == null ? Map.of()
				: this.store.teamPreferences().getOrDefault(team, Map.of());
		List<Choice> all = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			Preference mine = own.get(topic);
			Preference ours = teams.get(topic);
			all.add(mine != null ? new Choice(mine, Source.OWN) : ours != null ? new Choice(ours, Source.TEAM)
					: new Choice(Preference.standard(topic), Source.STANDARD));
		}
		return all;
	}

	public void choose(UserId user, List<Preference> preferences) {
		this.store.savePreferences(user, preferences);
	}

	/** Drops a person's own choices, so that their team's apply. */
	public void followTeam(UserId user) {
		this.store.forgetPreferences(user);
	}

	/** A team's choice for every topic, the standard one where it made none. */
	@Transactional(readOnly = true)
	public List<Preference> teamPreferences(TeamId team) {
		Map<Topic, Preference> chosen = this.store.teamPreferences().getOrDefault(team, Map.of());
		List<Preference> all = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			all.add(chosen.getOrDefault(topic, Preference.standard(topic)));
		}
		return all;
	}

	/**
	 * Sets what a team's people hear and where, for those of them who made no choice of
	 * their own.
	 */
	public void chooseForTeam(TeamId team, List<Preference> preferences) {
		if (this.directory.teams().stream().noneMatch(one -> one.id().equals(team))) {
			throw new NotFoundException("team", team.value());
		}
		this.store.saveTeamPreferences(team, preferences);
	}

	// destinations

	/** A destination made, with its signing secret (a webhook's), shown this once. */
	public record Created(Destination destination, @Nullable String secret) {
	}

	/** Adds a destination; its address is checked now and before every delivery. */
	public Created addDestination(DestinationKind kind, String name, String url, String language, int perMinute) {
		if (name.isBlank() || name.length() > 120) {
			throw new InputRejectedException("name", "must be 1 to 120 characters");
		}
		if (url.length() > 2000) {
			throw new InputRejectedException("url", "must be at most 2000 characters");
		}
		if (perMinute < 1 || perMinute > 60000) {
			throw new InputRejectedException("perMinute", "must be between 1 and 60000");
		}
		if (!Set.of("en", "ru").contains(language)) {
			throw new InputRejectedException("language", "must be en or ru");
		}
		UrlGuard.check(url, "url", this.store::allowedHosts);
		UUID id = UUID.randomUUID();
		String secret = kind == DestinationKind.WEBHOOK ? secret() : null;
		this.store.insertDestination(id, kind, name.strip(), url.strip(), language, secret, perMinute,
				this.clock.instant());
		return new Created(destination(id), secret);
	}

	/**
	 * A new signing secret, shown this once; the old one signs too until the next change.
	 */
	public String rotateSecret(UUID id) {
		if (destination(id).kind() != DestinationKind.WEBHOOK) {
			throw new InputRejectedException("kind", "only webhooks are signed");
		}
		String secret = secret();
		this.store.rotateSecret(id, secret);
		return secret;
	}

	private static String secret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + HexFormat.of().formatHex(bytes);
	}

	@Transactional(readOnly = true)
	public Destination destination(UUID id) {
		return this.store.destination(id)
			.map(NotificationStore.Stored::destination)
			.orElseThrow(() -> new NotFoundException("Destination", id));
	}

	@Transactional(readOnly = true)
	public List<Destination> destinations() {
		return this.store.destinations();
	}

	public void setActive(UUID id, boolean active) {
		destination(id);
		this.store.setActive(id, active);
	}

	public void removeDestination(UUID id) {
		destination(id);
		this.store.deleteDestination(id);
	}

	/** Sends a test message now; the answer in words ("sent", or why not). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public String test(UUID id) {
		return this.dispatcher
			.test(this.store.destination(id).orElseThrow(() -> new NotFoundException("Destination", id)));
	}

	// routes

	public void route(UUID destination, Topic topic, @Nullable TeamId team) {
		destination(destination);
		if (topic.personal()) {
			throw new InputRejectedException("topic", "is for the people it names only, never a shared channel");
		}
		this.store.insertRoute(destination, topic, team);
	}

	public void unroute(UUID route) {
		this.store.deleteRoute(route);
	}

	@Transactional(readOnly = true)
	public List<Route> routes() {
		return this.store.routes();
	}

	// allowed hosts

	@Transactional(readOnly = true)
	public Set<String> allowedHosts() {
		return this.store.allowedHosts();
	}

	/**
	 * Lets destinations on a loopback or private host be called: for tests and intranets.
	 */
	public void allowHost(String host, CurrentUser by) {
		String name = host.strip().toLowerCase(Locale.ROOT);
		if (name.isEmpty() || name.length() > 255 || !name.matches("[a-z0-9.:\\-]+")) {
			throw new InputRejectedException("host", "must be a host name or an IP address");
		}
		this.store.allowHost(name, by.displayName(), this.clock.instant());
	}

	public void disallowHost(String host) {
		this.store.disallowHost(host);
	}

	// the outbox

	@Transactional(readOnly = true)
	public List<Delivery> deliveries(String status, int limit) {
		return this.store.deliveries(status, limit);
	}

	@Transactional(readOnly = true)
	public Map<String, Long> countsByStatus() {
		return this.store.countsByStatus();
	}

	/** Sends a given-up delivery again. */
	public void replay(UUID delivery) {
		if (!this.store.replay(delivery, this.clock.instant())) {
			throw new NotFoundException("Dead delivery", delivery);
		}
		this.dispatcher.wake();
	}

}
