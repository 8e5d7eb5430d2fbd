package org.tandem.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.analytics.domain.ReportStore;
import org.tandem.analytics.domain.ScheduleStore;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * Saved reports delivered by email, daily, weekly or monthly, as PDF and/or CSV. The
 * numbers sent are those the person who set up the delivery may see, and they go only to
 * people of the company (Tandem users), never to an outside address.
 */
@Service
@Transactional
public class ReportSchedules {

	/** The most people one delivery goes to. */
	static final int MAX_RECIPIENTS = 20;

	private final ScheduleStore store;

	private final ReportStore reports;

	private final UserDirectory directory;

	private final Clock clock;

	private final ZoneId zone;

	ReportSchedules(ScheduleStore store, ReportStore reports, UserDirectory directory, Clock clock,
			@Value("${tandem.reporting.time-zone:UTC}") ZoneId zone) {
		this.store = store;
		this.reports = reports;
		this.directory = directory;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Sets up the delivery of a saved report; {@code recipients} are emails separated by
	 * commas, semicolons or spaces.
	 */
	public ReportSchedule create(UUID report, Cadence cadence, boolean pdf, boolean csv, String recipients,
			Locale locale, CurrentUser owner) {
		this.reports.find(report).orElseThrow(() -> new NotFoundException("Report", report));
		if (!pdf && !csv) {
			throw new InputRejectedException("format", "choose PDF, CSV or both");
		}
		List<String> people = recipients(recipients);
		Instant now = this.clock.instant();
		ReportSchedule schedule = new ReportSchedule(UUID.randomUUID(), report, cadence, pdf, csv, people,
				locale.getLanguage(), owner.id(), cadence.next(now, this.zone), null, null, null, now);
		this.store.insert(schedule);
		return schedule;
	}

	@Transactional(readOnly = true)
	public List<ReportSchedule> all() {
		return this.store.all();
	}

	@Transactional(readOnly = true)
	public ReportSchedule get(UUID id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("Schedule", id));
	}

	/** Stops a delivery: the one who set it up, or a head, may. */
	public void delete(UUID id, CurrentUser actor) {
		requireOwnerOrHead(get(id), actor);
		this.store.delete(id);
	}

	/** Refuses anyone but the one who set up the delivery, or a head. */
	public void requireOwnerOrHead(ReportSchedule schedule, CurrentUser actor) {
		if (!schedule.owner().equals(actor.id()) && !actor.hasRole(Role.MANAGER, Role.LEADERSHIP, Role.ADMIN)) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "id", "only the one who set it up or a head");
		}
	}

	/** The deliveries due now. */
	@Transactional(readOnly = true)
	public List<ReportSchedule> due(int limit) {
		return this.store.due(this.clock.instant(), limit);
	}

	/** Takes a due delivery for this instance; false when another took it first. */
	public boolean claim(ReportSchedule schedule) {
		return this.store.claim(schedule.id(), schedule.nextRunAt(),
				schedule.cadence().next(this.clock.instant(), this.zone));
	}

	/** Records how a delivery went. */
	public void ran(UUID id, boolean sent, @Nullable String error) {
		this.store.ran(id, this.clock.instant(), sent ? "SENT" : "FAILED", error);
	}

	private List<String> recipients(String text) {
		Set<String> known = new java.util.HashSet<>();
		for (UserSummary user : this.directory.all()) {
			if (user.enabled()) {
				known.add(user.email().strip().toLowerCase(Locale.ROOT));
			}
		}
		Set<String> people = new LinkedHashSet<>();
		for (String part : text.split("[,;\\s]+")) {
			String email = part.strip().toLowerCase(Locale.ROOT);
			if (email.isEmpty()) {
				continue;
			}
			if (!known.contains(email)) {
				throw new InputRejectedException("recipients",
						email + " is not a Tandem user: reports go only to people of the company");
			}
			people.add(email);
		}
		if (people.isEmpty() || people.size() > MAX_RECIPIENTS) {
			throw new InputRejectedException("recipients", "give 1 to " + MAX_RECIPIENTS + " emails of Tandem users");
		}
		return new ArrayList<>(people);
	}

}
