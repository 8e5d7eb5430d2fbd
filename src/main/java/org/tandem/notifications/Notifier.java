package org.tandem.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.notifications.domain.NotificationStore;
import org.tandem.notifications.domain.NotificationStore.Outgoing;
import org.tandem.platform.AfterCommit;
import org.tandem.platform.BeforeCommit;

/**
 * Tells the people a notice concerns, in the transaction of what happened: the bell
 * message and the outbox rows are written with the business change or not at all. Notices
 * of one transaction (a group commit of many leads) are written together just before it
 * commits; sending happens later, from the outbox, so a slow Slack never holds up a lead.
 */
@Component
class Notifier {

	private final NotificationStore store;

	private final UserDirectory directory;

	private final Dispatcher dispatcher;

	private final BeforeCommit.Batch<Notice> toWrite;

	Notifier(NotificationStore store, UserDirectory directory, Dispatcher dispatcher) {
		this.store = store;
		this.directory = directory;
		this.dispatcher = dispatcher;
		this.toWrite = this::write;
	}

	void tell(Notice notice) {
		BeforeCommit.deferWrite(this.toWrite, notice);
	}

	/**
	 * When an email goes: at once, or with the next digest (07:00 UTC the next day, or
	 * the next Monday).
	 */
	static Instant digestDue(Digest digest, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(1);
		return switch (digest) {
			case NONE -> at;
			case DAILY -> day.atTime(7, 0).toInstant(ZoneOffset.UTC);
			case WEEKLY ->
				day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).atTime(7, 0).toInstant(ZoneOffset.UTC);
		};
	}

	private void write(List<Notice> notices) {
		Set<UserId> everyone = new LinkedHashSet<>();
		notices.forEach(notice -> everyone.addAll(notice.audience()));
		Map<UserId, Map<Topic, Preference>> preferences = this.store.preferences(everyone);
		Map<UserId, TeamId> teams = new HashMap<>();
		Map<UserId, Boolean> enabled = new HashMap<>();
		for (UserSummary person : this.directory.all()) {
			if (person.team() != null) {
				teams.put(person.id(), person.team());
			}
			enabled.put(person.id(), person.enabled());
		}
		Map<TeamId, Map<Topic, Preference>> teamPreferences = this.store.teamPreferences();
		List<Route> routes = this.store.routes().stream().filter(Route::active).toList();
		List<Outgoing> outgoing = new ArrayList<>();
		List<NotificationStore.InApp> messages = new ArrayList<>();
		for (Notice notice : notices) {
			List<UserId> inApp = new ArrayList<>();
			for (UserId person : new LinkedHashSet<>(notice.audience())) {
				if (!enabled.getOrDefault(person, false)) {
					continue;
				}
				Preference preference = preferences.getOrDefault(person, Map.of()).get(notice.topic());
				if (preference == null) {
					preference = teamPreferences.getOrDefault(teams.get(person), Map.of())
						.getOrDefault(notice.topic(), Preference.standard(notice.topic()));
				}
				if (preference.inApp()) {
					inApp.add(person);
				}
				if (preference.email()) {
					outgoing.add(new Outgoing(notice.event(), notice.topic(),
							preference.digest() == Digest.NONE ? "EMAIL" : "DIGEST", null, person.value(),
							notice.message(), notice.args(), notice.link(), notice.data(), notice.at(),
							digestDue(preference.digest(), notice.at())));
				}
			}
			messages.add(new NotificationStore.InApp(notice.event(), notice.topic(), inApp, notice.message(),
					notice.args(), notice.link(), notice.at()));
			Set<UUID> destinations = new LinkedHashSet<>();
			for (Route route : routes) {
				if (!notice.topic().personal() && route.topic() == notice.topic() && (route.team() == null
						|| notice.audience().stream().anyMatch(person -> route.team().equals(teams.get(person))))) {
					destinations.add(route.destination());
				}
			}
			for (UUID destination : destinations) {
				outgoing.add(new Outgoing(notice.event(), notice.topic(), "DESTINATION", destination, null,
						notice.message(), notice.args(), notice.link(), notice.data(), notice.at(), notice.at()));
			}
		}
		this.store.insertMessages(messages);
		this.store.insertDeliveries(outgoing);
		if (!outgoing.isEmpty()) {
			AfterCommit.run(this.dispatcher::wake);
		}
	}

}
