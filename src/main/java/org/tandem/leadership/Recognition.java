package org.tandem.leadership;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.leadership.domain.KudosStore;
import org.tandem.platform.InputRejectedException;

/** Kudos: anyone thanks a colleague, everyone sees it, the one thanked is told. */
@Service
@Transactional
public class Recognition {

	private final KudosStore store;

	private final UserDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Recognition(KudosStore store, UserDirectory directory, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	public Kudos give(UserId to, String message, CurrentUser from) {
		if (to.equals(from.id())) {
			throw new InputRejectedException("to", "thank a colleague, not yourself");
		}
		UserSummary person = this.directory.find(to)
			.filter(UserSummary::enabled)
			.orElseThrow(() -> new InputRejectedException("to", "is not a person who can log in"));
		String words = message == null ? "" : message.strip();
		if (words.isEmpty() || words.length() > 500) {
			throw new InputRejectedException("message", "has 1 to 500 characters");
		}
		KudosStore.Row row = new KudosStore.Row(UUID.randomUUID(), from.id(), from.displayName(), to,
				person.displayName(), words, this.clock.instant());
		this.store.insert(row);
		this.events.publishEvent(new KudosGiven(row.id(), from.displayName(), to, words));
		return latest(1).get(0);
	}

	@Transactional(readOnly = true)
	public List<Kudos> latest(int limit) {
		Map<UserId, UserSummary> people = this.directory.all()
			.stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
		return this.store.latest(limit)
			.stream()
			.map(row -> new Kudos(row.id(), row.from(), row.fromName(), department(people.get(row.from())), row.to(),
					row.toName(), department(people.get(row.to())), row.message(), row.at()))
			.toList();
	}

	@Transactional(readOnly = true)
	public long count(Duration period) {
		return this.store.since(this.clock.instant().minus(period));
	}

	private static @Nullable TeamKind department(@Nullable UserSummary person) {
		return person == null ? null : person.department();
	}

}
