package org.tandem.leadership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.conflicts.Conflict;
import org.tandem.conflicts.ConflictStatus;
import org.tandem.conflicts.Conflicts;
import org.tandem.funnel.FunnelReports;
import org.tandem.goals.GoalManagement;
import org.tandem.identity.CurrentUser;
import org.tandem.meetings.Meeting;
import org.tandem.meetings.MeetingStatus;
import org.tandem.meetings.Meetings;
import org.tandem.routing.SlaCompliance;
import org.tandem.routing.SlaDesk;
import org.tandem.surveys.Diagnostics;
import org.tandem.training.Training;

/** Puts the leadership page together from the modules that own each number. */
@Service
@Transactional(readOnly = true)
public class Oversight {

	private final Diagnostics diagnostics;

	private final GoalManagement goals;

	private final SlaDesk deadlines;

	private final FunnelReports funnel;

	private final Meetings meetings;

	private final Conflicts conflicts;

	private final CustomerPulse pulse;

	private final Recognition recognition;

	private final Training training;

	private final Clock clock;

	Oversight(Diagnostics diagnostics, GoalManagement goals, SlaDesk deadlines, FunnelReports funnel, Meetings meetings,
			Conflicts conflicts, CustomerPulse pulse, Recognition recognition, Training training, Clock clock) {
		this.diagnostics = diagnostics;
		this.goals = goals;
		this.deadlines = deadlines;
		this.funnel = funnel;
		this.meetings = meetings;
		this.conflicts = conflicts;
		this.pulse = pulse;
		this.recognition = recognition;
		this.training = training;
		this.clock = clock;
	}

	public Convergence now(CurrentUser viewer) {
		Instant now = this.clock.instant();
		Instant month = now.minus(Duration.ofDays(30));
		Instant quarter = now.minus(Duration.ofDays(90));
		SlaCompliance kept = this.deadlines.compliance(month, now)
			.values()
			.stream()
			.reduce(SlaCompliance.NONE, SlaCompliance::plus);
		long due = 0;
		long held = 0;
		for (Meeting meeting : this.meetings.between(quarter, now, viewer)) {
			if (meeting.status() != MeetingStatus.CANCELLED) {
				due++;
				held += meeting.status() == MeetingStatus.HELD ? 1 : 0;
			}
		}
		long open = 0;
		long resolved = 0;
		for (Conflict conflict : this.conflicts.visibleTo(viewer)) {
			if (conflict.status() != ConflictStatus.RESOLVED) {
				open++;
			}
			else if (conflict.resolvedAt() != null && conflict.resolvedAt().isAfter(quarter)) {
				resolved++;
			}
		}
		return new Convergence(this.diagnostics.trend(),
				this.goals.current().stream().filter(progress -> progress.goal().rep() == null).toList(), kept.kept(),
				kept.broken(), this.funnel.handOffs(month), due, held, open, resolved,
				this.conflicts.repeatedThemes(viewer).size(), this.training.completion(),
				this.pulse.since(Duration.ofDays(90)), this.recognition.latest(6),
				this.recognition.count(Duration.ofDays(30)));
	}

}
