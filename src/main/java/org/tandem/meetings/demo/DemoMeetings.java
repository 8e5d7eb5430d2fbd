package org.tandem.meetings.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.meetings.ActionStatus;
import org.tandem.meetings.AgendaSection;
import org.tandem.meetings.Meeting;
import org.tandem.meetings.MeetingKind;
import org.tandem.meetings.MeetingSeries;
import org.tandem.meetings.MeetingStatus;
import org.tandem.meetings.Meetings;
import org.tandem.meetings.SeriesDraft;
import org.tandem.meetings.domain.MeetingStore;
import org.tandem.platform.DemoMode;

/**
 * The demo company's meetings: Monday's status meeting of both departments, with last
 * week's meeting held (minutes, a decision, action items, one of them overdue and carried
 * over) and this week's agenda already filled; and the monthly strategy meeting of the
 * heads and leadership.
 */
@Component
@Order(80)
class DemoMeetings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

	private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	private final DemoMode demo;

	private final Meetings meetings;

	private final MeetingStore store;

	private final UserDirectory directory;

	private final Clock clock;

	DemoMeetings(DemoMode demo, Meetings meetings, MeetingStore store, UserDirectory directory, Clock clock) {
		this.demo = demo;
		this.meetings = meetings;
		this.store = store;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || !this.store.allSeries().isEmpty()) {
			return;
		}
		Optional<UserSummary> maria = this.directory.findByUsername("maria");
		Optional<UserSummary> sergey = this.directory.findByUsername("sergey");
		if (maria.isEmpty() || sergey.isEmpty()) {
			return;
		}
		CurrentUser chair = CurrentUser.of(maria.get());
		List<UserId> weekly = this.directory.all()
			.stream()
			.filter(person -> person.enabled() && (person.role() == Role.MANAGER || person.role() == Role.MARKETING
					|| person.role() == Role.SALES))
			.map(UserSummary::id)
			.toList();
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		MeetingSeries status = this.meetings
			.createSeries(new SeriesDraft(MeetingKind.WEEKLY_STATUS, "Marketing & sales weekly", ZONE.getId(),
					DayOfWeek.MONDAY, LocalTime.of(10, 0), 60, 3, today.minusWeeks(4), weekly), chair);
		lastWeek(status, chair, maria.get(), sergey.get(), today);
		this.meetings.meetingsOf(status.id(), 10)
			.stream()
			.filter(meeting -> meeting.status() == MeetingStatus.PLANNED)
			.reduce((later, sooner) -> sooner)
			.ifPresent(next -> this.meetings.refresh(next.id(), chair));
		List<UserId> heads = this.directory.all()
			.stream()
			.filter(person -> person.enabled() && (person.role() == Role.MANAGER || person.role() == Role.LEADERSHIP))
			.map(UserSummary::id)
			.toList();
		this.meetings.createSeries(new SeriesDraft(MeetingKind.MONTHLY_STRATEGY, "Monthly strategy", ZONE.getId(),
				DayOfWeek.TUESDAY, LocalTime.of(15, 0), 90, 5, today.minusMonths(2), heads), chair);
		log.info("Demo data: a weekly status meeting and a monthly strategy meeting, with last week's held");
	}

	/** Last Monday's meeting: held, with its minutes, a decision and action items. */
	private void lastWeek(MeetingSeries series, CurrentUser chair, UserSummary maria, UserSummary sergey,
			LocalDate today) {
		LocalDate monday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		ZonedDateTime starts = ZonedDateTime.of(monday, LocalTime.of(10, 0), ZONE);
		this.store.insertMeeting(series.id(), starts.toInstant(), starts.toInstant().plus(Duration.ofHours(1)));
		Meeting held = this.meetings.meetingsOf(series.id(), 20)
			.stream()
			.filter(meeting -> meeting.startsAt().equals(starts.toInstant()))
			.findFirst()
			.orElseThrow();
		this.meetings.refresh(held.id(), chair);
		this.meetings.addTopic(held.id(), AgendaSection.CUSTOMER_FEEDBACK,
				"Reps hear that the pricing page hides the annual discount", chair);
		this.meetings.decide(held.id(),
				"A lead counts as sales-ready from 60 points, with a company of 50 people or more", chair);
		this.meetings.assign(held.id(), "Rewrite the pricing page's discount section", maria.id(), monday.plusDays(4),
				chair);
		this.meetings.assign(held.id(), "Call back every SQL from the webinar within a day", sergey.id(),
				monday.plusDays(2), chair);
		this.meetings.assign(held.id(), "Share the new case study with the enterprise team", maria.id(),
				monday.plusDays(14), chair);
		this.meetings.itemsOf(sergey.id(), true)
			.forEach(item -> this.meetings.setStatus(item.id(), ActionStatus.DONE, item.version(), chair));
		Meeting current = this.meetings.meeting(held.id());
		this.meetings.record(held.id(),
				"Leads from the partner webinar convert well; pricing questions slow the first call. "
						+ "Marketing reworks the pricing page, sales calls webinar SQLs back within a day.",
				MeetingStatus.HELD, current.version(), chair);
	}

}
