package org.tandem.campaigns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.domain.FeedbackStore;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.ReportingFacts;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.InputRejectedException;

/**
 * What customers say, from sales to marketing: reps log remarks heard on calls and in
 * meetings on the lead; marketing reads the themes, how often they come up and how that
 * changes week by week, per segment and campaign; meetings go through them.
 */
@Service
@Transactional
public class CustomerFeedback {

	private final FeedbackStore store;

	private final ContactManagement contacts;

	private final Clock clock;

	CustomerFeedback(FeedbackStore store, ContactManagement contacts, Clock clock) {
		this.store = store;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** Logs a remark on a lead the rep may see, with the lead's campaign and segment. */
	public Feedback record(FeedbackDraft draft, CurrentUser by) {
		ContactSummary person = this.contacts.get(draft.contact(), by);
		if (draft.kind() == FeedbackKind.COMPETITOR && (draft.competitor() == null || draft.competitor().isBlank())) {
			throw new InputRejectedException("competitor", "name the competitor");
		}
		ReportingFacts facts = this.contacts.reportingFacts(List.of(person.id())).get(person.id());
		UUID id = UUID.randomUUID();
		this.store.insert(id, draft, facts == null ? person.sourceCampaign() : facts.campaign(),
				facts == null || facts.segment() == null ? null : facts.segment().name(), by, this.clock.instant());
		return this.store.find(id).orElseThrow();
	}

	/** The remarks on a lead the viewer may see, the newest first. */
	@Transactional(readOnly = true)
	public List<Feedback> ofContact(ContactId contact, CurrentUser viewer) {
		this.contacts.get(contact, viewer);
		return this.store.ofContact(contact);
	}

	/**
	 * The themes raised from {@code from} until {@code until}, the most frequent first,
	 * each with its count per week of the period (oldest first).
	 */
	@Transactional(readOnly = true)
	public List<FeedbackTheme> themes(Instant from, Instant until, @Nullable String segment,
			@Nullable String campaign) {
		int weeks = (int) Math.max(1, (Duration.between(from, until).toDays() + 6) / 7);
		Map<String, List<Feedback>> byTheme = new LinkedHashMap<>();
		for (Feedback remark : this.store.between(from, until, segment, campaign)) {
			byTheme.computeIfAbsent(remark.kind() + "|" + FeedbackStore.key(remark.theme()), key -> new ArrayList<>())
				.add(remark);
		}
		List<FeedbackTheme> themes = new ArrayList<>();
		for (List<Feedback> remarks : byTheme.values()) {
			long[] weekly = new long[weeks];
			for (Feedback remark : remarks) {
				int week = (int) (Duration.between(from, remark.at()).toDays() / 7);
				weekly[Math.min(weeks - 1, Math.max(0, week))]++;
			}
			Feedback latest = remarks.get(0);
			themes.add(new FeedbackTheme(latest.kind(), spelling(remarks), remarks.size(),
					Arrays.stream(weekly).boxed().toList(),
					remarks.stream().map(Feedback::quote).filter(Objects::nonNull).findFirst().orElse(null)));
		}
		themes.sort(Comparator.comparingLong(FeedbackTheme::count).reversed());
		return themes;
	}

	/**
	 * The themes raised since {@code since}, the most frequent first: a meeting's agenda.
	 */
	@Transactional(readOnly = true)
	public List<FeedbackTheme> since(Instant since) {
		return themes(since, this.clock.instant(), null, null);
	}

	/** The way most reps wrote a theme; between equals, the first way it was written. */
	private static String spelling(List<Feedback> remarks) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = remarks.size() - 1; i >= 0; i--) {
			counts.merge(remarks.get(i).theme(), 1L, Long::sum);
		}
		return counts.entrySet()
			.stream()
			.max(Comparator.comparingLong(Map.Entry<String, Long>::getValue))
			.map(Map.Entry::getKey)
			.orElseThrow();
	}

	/** The campaigns remarks came from. */
	@Transactional(readOnly = true)
	public List<String> campaigns() {
		return this.store.campaigns();
	}

}
