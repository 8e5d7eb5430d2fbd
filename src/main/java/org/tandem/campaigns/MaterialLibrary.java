package org.tandem.campaigns;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.domain.CampaignStore;
import org.tandem.campaigns.domain.MaterialStore;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ActivityType;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.ReportingFacts;
import org.tandem.funnel.FunnelReports;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.Milestones;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Phrase;
import org.tandem.platform.Versions;

/**
 * Marketing's materials for sales: decks, one-pagers, case studies, email templates, each
 * tied to a campaign, a segment and a funnel stage. Reps find the pieces that fit a lead
 * on its page and log what they send (it shows on the lead's timeline); marketing sees
 * which pieces reps use and how the people who got them went on.
 */
@Service
@Transactional
public class MaterialLibrary {

	private final MaterialStore store;

	private final CampaignStore campaigns;

	private final ContactManagement contacts;

	private final ActivityLog activities;

	private final FunnelReports funnel;

	private final Clock clock;

	MaterialLibrary(MaterialStore store, CampaignStore campaigns, ContactManagement contacts, ActivityLog activities,
			FunnelReports funnel, Clock clock) {
		this.store = store;
		this.campaigns = campaigns;
		this.contacts = contacts;
		this.activities = activities;
		this.funnel = funnel;
		this.clock = clock;
	}

	public Material create(MaterialDraft draft, CurrentUser by) {
		check(draft);
		UUID id = UUID.randomUUID();
		this.store.insert(id, draft, by.displayName(), this.clock.instant());
		return get(id);
	}

	/** Changes a material; the draft's version must be the one last read. */
	public Material update(UUID id, MaterialDraft draft) {
		Versions.requireCurrent(draft.version(), get(id).version(), "material " + id);
		check(draft);
		if (!this.store.update(id, draft, Objects.requireNonNull(draft.version()), this.clock.instant())) {
			throw new OptimisticLockingFailureException("material " + id + " changed since version " + draft.version());
		}
		return get(id);
	}

	/** Takes a material out of the suggestions (or puts it back); its history stays. */
	public Material archive(UUID id, boolean archived) {
		get(id);
		this.store.archive(id, archived, this.clock.instant());
		return get(id);
	}

	@Transactional(readOnly = true)
	public Material get(UUID id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("Material", id));
	}

	/** The library, the most recently changed first. */
	@Transactional(readOnly = true)
	public List<Material> all(boolean withArchived) {
		return this.store.all(withArchived);
	}

	/**
	 * The materials that fit a lead the viewer may see: each one's campaign, segment and
	 * stage either match the lead's or are left open, the most specific first, then the
	 * most used.
	 */
	@Transactional(readOnly = true)
	public List<MaterialSuggestion> suggestions(ContactId contact, CurrentUser viewer) {
		ContactSummary person = this.contacts.get(contact, viewer);
		ReportingFacts facts = this.contacts.reportingFacts(List.of(contact)).get(contact);
		LifecycleStage stage = LifecycleStage.parse(person.lifecycleStage()).orElse(LifecycleStage.LEAD);
		Map<UUID, Instant> sent = new HashMap<>();
		this.store.sendsTo(List.of(contact)).forEach(send -> sent.put(send.material(), send.sentAt()));
		Map<UUID, Long> used = this.store.sendCounts();
		List<MaterialSuggestion> fits = new ArrayList<>();
		for (Material material : this.store.all(false)) {
			int matches = 0;
			if (material.stage() != null) {
				if (material.stage() != stage) {
					continue;
				}
				matches++;
			}
			if (material.segment() != null) {
				if (facts == null || material.segment() != facts.segment()) {
					continue;
				}
				matches++;
			}
			if (material.campaignName() != null) {
				if (person.sourceCampaign() == null || !CampaignStore.key(material.campaignName())
					.equals(CampaignStore.key(person.sourceCampaign()))) {
					continue;
				}
				matches++;
			}
			fits.add(new MaterialSuggestion(material, matches, sent.get(material.id())));
		}
		fits.sort(Comparator.comparingInt(MaterialSuggestion::matches)
			.reversed()
			.thenComparing(fit -> -used.getOrDefault(fit.material().id(), 0L))
			.thenComparing(fit -> fit.material().title()));
		return fits;
	}

	/**
	 * A rep logs that they sent a material to a lead they may see: it counts for the
	 * material and shows on the lead's timeline as an email from the rep.
	 */
	public MaterialSend send(UUID material, ContactId contact, CurrentUser rep) {
		Material piece = get(material);
		if (piece.archived()) {
			throw new InputRejectedException(org.springframework.http.HttpStatus.CONFLICT, "material",
					"the material is archived");
		}
		this.contacts.get(contact, rep);
		Instant now = this.clock.instant();
		MaterialSend send = new MaterialSend(material, contact, rep.displayName(), now);
		this.store.recordSend(send, rep.id().value());
		this.activities.recordSaid(ActivityType.EMAIL, now, contact,
				Phrase.of("activity.said.materialSent", piece.title()), piece.link(), rep);
		return send;
	}

	/** The latest sends of a material. */
	@Transactional(readOnly = true)
	public List<MaterialSend> sendsOf(UUID material) {
		get(material);
		return this.store.sendsOf(material, 50);
	}

	/**
	 * How each material is used and how its recipients went on: a recipient advanced when
	 * they reached a further stage after they first got it, and counts as won when they
	 * were won after that.
	 */
	@Transactional(readOnly = true)
	public List<MaterialUse> usage() {
		List<MaterialSend> sends = this.store.sends();
		Map<UUID, Map<ContactId, Instant>> firstSent = new HashMap<>();
		Map<UUID, Map<String, Long>> senders = new HashMap<>();
		for (MaterialSend send : sends) {
			firstSent.computeIfAbsent(send.material(), key -> new LinkedHashMap<>())
				.putIfAbsent(send.contact(), send.sentAt());
			senders.computeIfAbsent(send.material(), key -> new HashMap<>()).merge(send.sentBy(), 1L, Long::sum);
		}
		Set<ContactId> recipients = sends.stream().map(MaterialSend::contact).collect(Collectors.toSet());
		Map<ContactId, Milestones> milestones = recipients.isEmpty() ? Map.of() : this.funnel.milestones(recipients);
		List<MaterialUse> uses = new ArrayList<>();
		for (Material material : this.store.all(true)) {
			Map<ContactId, Instant> got = firstSent.getOrDefault(material.id(), Map.of());
			long advanced = 0;
			long won = 0;
			for (Map.Entry<ContactId, Instant> recipient : got.entrySet()) {
				Milestones reached = milestones.get(recipient.getKey());
				if (reached == null) {
					continue;
				}
				Instant since = recipient.getValue();
				if (after(reached.mql(), since) || after(reached.sql(), since) || after(reached.opportunity(), since)
						|| after(reached.won(), since)) {
					advanced++;
				}
				if (after(reached.won(), since)) {
					won++;
				}
			}
			Map<String, Long> byRep = senders.getOrDefault(material.id(), Map.of());
			long count = byRep.values().stream().mapToLong(Long::longValue).sum();
			uses.add(new MaterialUse(material, count, got.size(), advanced, won,
					byRep.entrySet()
						.stream()
						.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
						.map(Map.Entry::getKey)
						.toList()));
		}
		uses.sort(Comparator.comparingLong(MaterialUse::sends).reversed());
		return uses;
	}

	private static boolean after(@Nullable Instant reached, Instant since) {
		return reached != null && !reached.isBefore(since);
	}

	private void check(MaterialDraft draft) {
		if ((draft.link() == null || draft.link().isBlank()) && (draft.body() == null || draft.body().isBlank())) {
			throw new InputRejectedException("link", "give a link to the file or the text of the template");
		}
		if (draft.link() != null && !draft.link().isBlank()) {
			try {
				URI uri = URI.create(draft.link().strip());
				String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
				if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
					throw new InputRejectedException("link", "must be an http or https address");
				}
			}
			catch (IllegalArgumentException notAnAddress) {
				throw new InputRejectedException("link", "must be an http or https address");
			}
		}
		if (draft.campaign() != null && this.campaigns.find(draft.campaign()).isEmpty()) {
			throw new InputRejectedException("campaign", "is not a known campaign");
		}
	}

}
