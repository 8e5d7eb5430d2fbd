package org.tandem.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.CampaignId;
import org.tandem.campaigns.CampaignManagement;
import org.tandem.campaigns.CampaignSummary;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.DealId;
import org.tandem.crm.DealManagement;
import org.tandem.crm.DealSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;
import org.tandem.meetings.ActionItem;
import org.tandem.meetings.Meeting;
import org.tandem.meetings.Meetings;
import org.tandem.notifications.domain.NotificationStore;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * Comments on leads, deals, campaigns and meetings, so that marketers and reps talk on
 * the record itself. Whoever may see the record reads and writes its comments; an
 * {@code @username} tells that person, through their channels, if they may see it too.
 */
@Service
@Transactional
public class Comments {

	private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9._-]{2,60})");

	private final NotificationStore store;

	private final ContactManagement contacts;

	private final DealManagement deals;

	private final CampaignManagement campaigns;

	private final Meetings meetings;

	private final UserDirectory directory;

	private final Notifier notifier;

	private final Clock clock;

	Comments(NotificationStore store, ContactManagement contacts, DealManagement deals, CampaignManagement campaigns,
			Meetings meetings, UserDirectory directory, Notifier notifier, Clock clock) {
		this.store = store;
		this.contacts = contacts;
		this.deals = deals;
		this.campaigns = campaigns;
		this.meetings = meetings;
		this.directory = directory;
		this.notifier = notifier;
		this.clock = clock;
	}

	/** The comments on a record the viewer may see, the oldest first. */
	@Transactional(readOnly = true)
	public List<Comment> on(CommentSubject subject, UUID id, CurrentUser viewer) {
		title(subject, id, viewer);
		return this.store.comments(subject, id);
	}

	/** A comment written, and the people it told. */
	public record Posted(Comment comment, List<UserSummary> told) {
	}

	/**
	 * Adds a comment to a record the author may see, and tells the people it mentions who
	 * may see the record too.
	 */
	public Posted add(CommentSubject subject, UUID id, String body, CurrentUser author) {
		String title = title(subject, id, author);
		String text = body.strip();
		if (text.isEmpty() || text.length() > 4000) {
			throw new InputRejectedException("body", "a comment has 1 to 4000 characters");
		}
		UUID comment = UUID.randomUUID();
		Instant now = this.clock.instant();
		Comment written = new Comment(comment, subject, id, author.id(), author.displayName(), text, now);
		this.store.insertComment(written);
		List<UserSummary> told = new ArrayList<>();
		for (String username : mentioned(text)) {
			Optional<UserSummary> person = this.directory.findByUsername(username)
				.filter(UserSummary::enabled)
				.filter(one -> !one.id().equals(author.id()));
			if (person.isPresent() && mayRead(subject, id, CurrentUser.of(person.get()))) {
				told.add(person.get());
			}
		}
		if (!told.isEmpty()) {
			String excerpt = text.length() <= 200 ? text : text.substring(0, 199) + "…";
			this.notifier.tell(new Notice(comment, Topic.MENTION, now, told.stream().map(UserSummary::id).toList(),
					"notification.mention", List.of(author.displayName(), title, excerpt), link(subject, id),
					Map.of("subject", subject.name(), "subjectId", id.toString(), "author", author.displayName(),
							"comment", excerpt)));
		}
		return new Posted(written, told);
	}

	/** The usernames a text mentions, each once, in order. */
	static Set<String> mentioned(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			String name = matcher.group(1);
			while (name.endsWith(".") || name.endsWith("-")) {
				name = name.substring(0, name.length() - 1);
			}
			names.add(name.toLowerCase(Locale.ROOT));
		}
		return names;
	}

	private boolean mayRead(CommentSubject subject, UUID id, CurrentUser reader) {
		return find(subject, id, reader).isPresent();
	}

	/** The record's name, if the viewer may see it; otherwise as if it did not exist. */
	private String title(CommentSubject subject, UUID id, CurrentUser viewer) {
		return find(subject, id, viewer).orElseThrow(() -> new NotFoundException(subject.name(), id));
	}

	private Optional<String> find(CommentSubject subject, UUID id, CurrentUser viewer) {
		return switch (subject) {
			case CONTACT -> this.contacts.find(new ContactId(id), viewer).map(ContactSummary::name);
			case DEAL -> this.deals.find(new DealId(id), viewer).map(DealSummary::name);
			case CAMPAIGN -> this.campaigns.find(new CampaignId(id)).map(CampaignSummary::name);
			case MEETING -> this.meetings.find(id, viewer).map(Meeting::title);
			case ACTION_ITEM -> this.meetings.findItem(id, viewer).map(ActionItem::title);
		};
	}

	/** Where the record's page is. */
	public static String link(CommentSubject subject, UUID id) {
		return switch (subject) {
			case CONTACT -> "/contacts/" + id;
			case DEAL -> "/deals/" + id;
			case CAMPAIGN -> "/campaigns/" + id;
			case MEETING -> "/meetings/" + id;
			case ACTION_ITEM -> "/meetings/items/" + id;
		};
	}

}
