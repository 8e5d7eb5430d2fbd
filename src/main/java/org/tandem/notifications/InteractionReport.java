package org.tandem.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.CampaignManagement;
import org.tandem.campaigns.CustomerFeedback;
import org.tandem.campaigns.FeedbackTheme;
import org.tandem.funnel.FunnelReports;
import org.tandem.identity.CurrentUser;
import org.tandem.meetings.Meeting;
import org.tandem.meetings.MeetingStatus;
import org.tandem.meetings.Meetings;
import org.tandem.platform.Quantiles;
import org.tandem.routing.SlaCompliance;
import org.tandem.routing.SlaDesk;

/** Puts together how the departments interacted over a period, on one page. */
@Service
@Transactional(readOnly = true)
public class InteractionReport {

	private final FunnelReports funnel;

	private final SlaDesk deadlines;

	private final CustomerFeedback feedback;

	private final CampaignManagement campaigns;

	private final Meetings meetings;

	private final Notifications notifications;

	private final Clock clock;

	InteractionReport(FunnelReports funnel, SlaDesk deadlines, CustomerFeedback feedback, CampaignManagement campaigns,
			Meetings meetings, Notifications notifications, Clock clock) {
		this.funnel = funnel;
		this.deadlines = deadlines;
		this.feedback = feedback;
		this.campaigns = campaigns;
		this.meetings = meetings;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * The last {@code period}, as the viewer may see it (meetings by their visibility).
	 */
	public Interaction of(Duration period, CurrentUser viewer) {
		Instant until = this.clock.instant();
		Instant since = until.minus(period);
		SlaCompliance kept = this.deadlines.compliance(since, until)
			.values()
			.stream()
			.reduce(SlaCompliance.NONE, SlaCompliance::plus);
		long[] responses = this.deadlines.responseTimes(since, until)
			.stream()
			.mapToLong(Duration::toMillis)
			.sorted()
			.toArray();
		long remarks = this.feedback.since(since).stream().mapToLong(FeedbackTheme::count).sum();
		long launches = this.campaigns.all()
			.stream()
			.filter(campaign -> campaign.launchedAt() != null && !campaign.launchedAt().isBefore(since))
			.count();
		long due = 0;
		long held = 0;
		long cancelled = 0;
		for (Meeting meeting : this.meetings.between(since, until, viewer)) {
			due++;
			if (meeting.status() == MeetingStatus.HELD) {
				held++;
			}
			else if (meeting.status() == MeetingStatus.CANCELLED) {
				cancelled++;
			}
		}
		return new Interaction(since, until, this.funnel.handOffs(since), kept.kept(), kept.broken(),
				Quantiles.nearestRank(responses, 0.5), Quantiles.nearestRank(responses, 0.9), remarks, launches, due,
				held, cancelled, this.notifications.flow(period));
	}

}
