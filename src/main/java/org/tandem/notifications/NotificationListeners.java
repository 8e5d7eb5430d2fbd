package org.tandem.notifications;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.campaigns.CampaignEnded;
import org.tandem.campaigns.CampaignLaunched;
import org.tandem.conflicts.ConflictRaised;
import org.tandem.crm.ActivityRecorded;
import org.tandem.crm.ContactErased;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.StageChanged;
import org.tandem.goals.KpiAlertRaised;
import org.tandem.identity.Role;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.intake.BehaviourRecorded;
import org.tandem.leadership.KudosGiven;
import org.tandem.meetings.ActionItemAssigned;
import org.tandem.meetings.ActionItemOverdue;
import org.tandem.meetings.AgendaReady;
import org.tandem.meetings.MeetingSoon;
import org.tandem.notifications.domain.NotificationStore;
import org.tandem.routing.LeadNoticeSent;
import org.tandem.surveys.SurveyOpened;

/**
 * What each event tells, and to whom. Listens in the transaction of the event, so the
 * notice is stored with what happened; an event told twice has the same id and is told
 * once.
 */
@Component
class NotificationListeners {

	private final Notifier notifier;

	private final UserDirectory directory;

	private final Clock clock;

	private final NotificationStore store;

	private final Sequences sequences;

	private final LeadReminders reminders;

	NotificationListeners(Notifier notifier, UserDirectory directory, Clock clock, NotificationStore store,
			Sequences sequences, LeadReminders reminders) {
		this.store = store;
		this.sequences = sequences;
		this.reminders = reminders;
		this.notifier = notifier;
		this.directory = directory;
		this.clock = clock;
	}

	@EventListener
	void on(LeadNoticeSent sent) {
		Topic topic = switch (sent.kind()) {
			case ASSIGNED, QUEUED -> Topic.LEAD_ASSIGNED;
			case SLA_WARNING -> Topic.DEADLINE_WARNING;
			case SLA_BREACHED, ESCALATED, REASSIGNED -> Topic.DEADLINE_BREACHED;
		};
		this.notifier.tell(new Notice(sent.id(), topic, sent.at(), List.of(sent.recipient()),
				"notification.lead." + sent.kind().name(), List.of(sent.detail() == null ? "" : sent.detail()),
				"/contacts/" + sent.contact().value(),
				data("contact", sent.contact().value(), "kind", sent.kind().name(), "detail", sent.detail())));
	}

	@EventListener
	void on(StageChanged moved) {
		boolean rejected = moved.to() == LifecycleStage.RECYCLED
				&& (moved.from() == LifecycleStage.MQL || moved.from() == LifecycleStage.SQL);
		if (!rejected) {
			return;
		}
		List<UserId> marketing = people(Role.MANAGER, TeamKind.MARKETING);
		this.notifier.tell(new Notice(id("rejected", moved.contact().value(), moved.at()), Topic.LEAD_REJECTED,
				moved.at(), marketing, "notification.rejected", List.of(moved.reason() == null ? "—" : moved.reason()),
				"/contacts/" + moved.contact().value(),
				data("contact", moved.contact().value(), "from", moved.from().name(), "reason", moved.reason())));
	}

	@EventListener
	void on(KpiAlertRaised raised) {
		this.notifier.tell(new Notice(raised.alert(), Topic.KPI_ALERT, this.clock.instant(), raised.owners(),
				"notification.kpiAlert", List.of(raised.rule(), "#kpi." + raised.kpi().name()), "/goals/alerts",
				data("alert", raised.alert(), "rule", raised.rule(), "kpi", raised.kpi().name())));
	}

	@EventListener
	void on(CampaignLaunched launched) {
		List<UserId> sales = this.directory.all()
			.stream()
			.filter(person -> person.enabled() && (person.role() == Role.SALES
					|| (person.role() == Role.MANAGER && person.teamKind() == TeamKind.SALES)))
			.map(UserSummary::id)
			.toList();
		this.notifier.tell(new Notice(id("launched", launched.campaign().value(), launched.at()),
				Topic.CAMPAIGN_LAUNCHED, launched.at(), sales, "notification.campaignLaunched",
				List.of(launched.name(), launched.startsOn().toString()), "/campaigns/" + launched.campaign().value(),
				data("campaign", launched.campaign().value(), "name", launched.name(), "startsOn",
						launched.startsOn().toString())));
	}

	@EventListener
	void on(CampaignEnded ended) {
		Set<UserId> audience = new LinkedHashSet<>();
		if (ended.owner() != null) {
			audience.add(ended.owner());
		}
		for (UserSummary person : this.directory.all()) {
			if (person.enabled() && (person.role() == Role.MARKETING || person.role() == Role.MANAGER)) {
				audience.add(person.id());
			}
		}
		String roi = ended.roi() == null ? "—"
				: ended.roi().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
		String revenue = ended.revenue().amount().setScale(0, RoundingMode.HALF_UP).toPlainString() + " "
				+ ended.revenue().currency().getCurrencyCode();
		this.notifier.tell(new Notice(id("ended", ended.campaign().value(), ended.endsOn()), Topic.CAMPAIGN_RESULTS,
				ended.at(), List.copyOf(audience), "notification.campaignResults",
				List.of(ended.name(), String.valueOf(ended.leads()), String.valueOf(ended.sqls()),
						ended.wonDeals().stripTrailingZeros().toPlainString(), revenue, roi),
				"/campaigns/" + ended.campaign().value(),
				data("campaign", ended.campaign().value(), "name", ended.name(), "endsOn", ended.endsOn().toString(),
						"leads", ended.leads(), "mqls", ended.mqls(), "sqls", ended.sqls(), "wonDeals",
						ended.wonDeals(), "revenue", ended.revenue().amount(), "currency",
						ended.revenue().currency().getCurrencyCode(), "roi", ended.roi())));
	}

	@EventListener
	void on(SurveyOpened opened) {
		Instant now = this.clock.instant();
		this.notifier.tell(new Notice(id(opened.reminder() ? "survey-reminder" : "survey", opened.round(), now),
				Topic.SURVEY, now, opened.waitingFor(),
				opened.reminder() ? "notification.surveyReminder" : "notification.surveyOpened",
				List.of(opened.title(), opened.closesOn().toString()), "/surveys/rounds/" + opened.round() + "/answer",
				data("round", opened.round(), "title", opened.title(), "closesOn", opened.closesOn().toString(),
						"reminder", opened.reminder())));
	}

	@EventListener
	void on(ConflictRaised raised) {
		Instant now = this.clock.instant();
		this.notifier.tell(new Notice(raised.conflict(), Topic.CONFLICT, now, raised.audience(),
				"notification.conflictRaised", List.of(raised.raisedBy(), raised.title()),
				"/conflicts/" + raised.conflict(), data("conflict", raised.conflict())));
	}

	@EventListener
	void on(KudosGiven given) {
		this.notifier.tell(new Notice(given.kudos(), Topic.KUDOS, this.clock.instant(), List.of(given.to()),
				"notification.kudos", List.of(given.from(), given.message()), "/kudos",
				data("from", given.from(), "message", given.message())));
	}

	@EventListener
	void on(AgendaReady ready) {
		this.notifier.tell(new Notice(id("agenda", ready.meeting(), ready.startsAt()), Topic.AGENDA_READY,
				this.clock.instant(), ready.participants(), "notification.agendaReady",
				List.of(ready.title(), ready.startsAt().toString().substring(0, 10)), "/meetings/" + ready.meeting(),
				data("meeting", ready.meeting(), "title", ready.title(), "startsAt", ready.startsAt().toString())));
	}

	@EventListener
	void on(ActionItemAssigned assigned) {
		this.notifier.tell(new Notice(assigned.item(), Topic.ACTION_ITEM_ASSIGNED, this.clock.instant(),
				List.of(assigned.owner()), "notification.itemAssigned",
				List.of(assigned.title(), assigned.dueOn().toString()), assigned.link(),
				data("item", assigned.item(), "title", assigned.title(), "dueOn", assigned.dueOn().toString())));
	}

	@EventListener
	void on(ActionItemOverdue overdue) {
		this.notifier.tell(new Notice(id("overdue", overdue.item(), overdue.dueOn()), Topic.ACTION_ITEM_OVERDUE,
				this.clock.instant(), List.of(overdue.owner()), "notification.itemOverdue",
				List.of(overdue.title(), overdue.dueOn().toString()), "/meetings/items",
				data("item", overdue.item(), "title", overdue.title(), "dueOn", overdue.dueOn().toString())));
	}

	@EventListener
	void on(MeetingSoon soon) {
		this.notifier.tell(new Notice(id("soon", soon.meeting(), soon.startsAt()), Topic.MEETING_REMINDER,
				this.clock.instant(), soon.participants(), "notification.meetingSoon",
				List.of(soon.title(), soon.startsAt().toString().substring(0, 16).replace('T', ' ') + " UTC"),
				"/meetings/" + soon.meeting(),
				data("meeting", soon.meeting(), "title", soon.title(), "startsAt", soon.startsAt().toString())));
	}

	@EventListener
	void on(ContactErased erased) {
		this.store.forgetComments(CommentSubject.CONTACT, erased.contact().value());
		this.sequences.forget(erased.contact());
	}

	@EventListener
	void on(BehaviourRecorded done) {
		this.sequences.enrol(done);
	}

	@EventListener
	void on(ActivityRecorded recorded) {
		this.reminders.booked(recorded);
	}

	private List<UserId> people(Role role, TeamKind department) {
		return this.directory.all()
			.stream()
			.filter(person -> person.enabled() && person.role() == role && person.teamKind() == department)
			.map(UserSummary::id)
			.toList();
	}

	/** The same event's id whenever it is told: its kind, its subject and its moment. */
	static UUID id(String kind, Object subject, Object at) {
		return UUID.nameUUIDFromBytes((kind + ":" + subject + ":" + at).getBytes(StandardCharsets.UTF_8));
	}

	private static Map<String, Object> data(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			data.put(String.valueOf(pairs[i]), pairs[i + 1] == null ? "" : String.valueOf(pairs[i + 1]));
		}
		return data;
	}

}
