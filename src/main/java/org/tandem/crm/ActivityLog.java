package org.tandem.crm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.domain.ActivityRows;
import org.tandem.crm.domain.ContactQueries;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.Phrase;

/**
 * Records interactions (calls, emails, meetings, notes, web visits…) and reads a record's
 * timeline. An activity is visible to whoever may see the record it belongs to.
 */
@Service
@Transactional
public class ActivityLog {

	private static final int TIMELINE_LIMIT = 500;

	/** As long as a subject may be ({@link ActivityDraft}). */
	private static final int SUBJECT_LENGTH = 200;

	private final JdbcClient jdbc;

	private final ContactManagement contacts;

	private final AccountManagement accounts;

	private final DealManagement deals;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ActivityRows rows;

	ActivityLog(JdbcClient jdbc, ActivityRows rows, ContactManagement contacts, AccountManagement accounts,
			DealManagement deals, Clock clock, ApplicationEventPublisher events) {
		this.rows = rows;
		this.events = events;
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.accounts = accounts;
		this.deals = deals;
		this.clock = clock;
	}

	public ActivityView record(ActivityDraft draft, CurrentUser actor) {
		return record(draft, null, actor);
	}

	/**
	 * An activity Tandem records on its own about a contact, whose subject is
	 * {@code said}: the pages word it in the reader's language, and the subject keeps the
	 * English words (as much of them as a subject holds).
	 */
	public ActivityView recordSaid(ActivityType type, @Nullable Instant occurredAt, ContactId contact, Phrase said,
			@Nullable String body, CurrentUser actor) {
		String subject = said.english();
		return record(
				new ActivityDraft(type, occurredAt, contact, null, null,
						subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject, body),
				said, actor);
	}

	private ActivityView record(ActivityDraft draft, @Nullable Phrase said, CurrentUser actor) {
		if (draft.contact() == null && draft.account() == null && draft.deal() == null) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "contact",
					"an activity belongs to a contact, an account or a deal");
		}
		// Tandem itself records on contacts it has just found or created
		if (draft.contact() != null && !actor.isSystem()) {
			this.contacts.get(draft.contact(), actor);
		}
		if (draft.account() != null) {
			this.accounts.get(draft.account());
		}
		if (draft.deal() != null) {
			this.deals.get(draft.deal(), actor);
		}
		Instant at = draft.occurredAt() != null ? draft.occurredAt() : this.clock.instant();
		ActivityId id = ActivityId.random();
		this.rows.add(id.value(), draft.type().name(), Timestamp.from(at), value(draft.contact()),
				value(draft.account()), value(draft.deal()), actor.isSystem() ? null : actor.id().value(),
				actor.displayName(), draft.subject().strip(), draft.body(), Phrase.toJson(said));
		this.events.publishEvent(new ActivityRecorded(id, draft.type(), draft.contact(), draft.deal(),
				actor.isSystem() ? null : actor.id(), at));
		return new ActivityView(id, draft.type(), at, draft.contact(), draft.account(), draft.deal(),
				actor.displayName(), draft.subject().strip(), draft.body(), said);
	}

	@Transactional(readOnly = true)
	public List<ActivityView> forContact(ContactId contact, CurrentUser viewer) {
		this.contacts.get(contact, viewer);
		return timeline("contact_id", contact.value());
	}

	/**
	 * The account's timeline as the viewer may see it: the company is shared, but an
	 * activity that is also about a person or deal the viewer may not see (another rep's
	 * lead) stays with its owner.
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> forAccount(AccountId account, CurrentUser viewer) {
		this.accounts.get(account);
		List<ActivityView> timeline = timeline("account_id", account.value());
		if (viewer.seesAllRecords()) {
			return timeline;
		}
		Map<ContactId, Boolean> contactsSeen = new HashMap<>();
		Map<DealId, Boolean> dealsSeen = new HashMap<>();
		return timeline.stream()
			.filter(activity -> activity.contact() == null || contactsSeen.computeIfAbsent(activity.contact(),
					contact -> this.contacts.find(contact, viewer).isPresent()))
			.filter(activity -> activity.deal() == null
					|| dealsSeen.computeIfAbsent(activity.deal(), deal -> this.deals.find(deal, viewer).isPresent()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ActivityView> forDeal(DealId deal, CurrentUser viewer) {
		this.deals.get(deal, viewer);
		return timeline("deal_id", deal.value());
	}

	private List<ActivityView> timeline(String column, UUID id) {
		this.rows.flush();
		return this.jdbc
			.sql("SELECT * FROM crm_activity WHERE " + column + " = ? ORDER BY occurred_at DESC LIMIT "
					+ TIMELINE_LIMIT)
			.param(id)
			.query(ActivityLog::map)
			.list();
	}

	private static @Nullable UUID value(@Nullable Object id) {
		if (id instanceof ContactId contact) {
			return contact.value();
		}
		if (id instanceof AccountId account) {
			return account.value();
		}
		return id instanceof DealId deal ? deal.value() : null;
	}

	private static ActivityView map(ResultSet rs, int row) throws SQLException {
		UUID contact = rs.getObject("contact_id", UUID.class);
		UUID account = rs.getObject("account_id", UUID.class);
		UUID deal = rs.getObject("deal_id", UUID.class);
		return new ActivityView(new ActivityId(rs.getObject("id", UUID.class)),
				ActivityType.valueOf(rs.getString("type")), ContactQueries.instant(rs, "occurred_at"),
				contact == null ? null : new ContactId(contact), account == null ? null : new AccountId(account),
				deal == null ? null : new DealId(deal), rs.getString("actor_name"), rs.getString("subject"),
				rs.getString("body"), Phrase.fromJson(rs.getString("subject_phrase")));
	}

}
