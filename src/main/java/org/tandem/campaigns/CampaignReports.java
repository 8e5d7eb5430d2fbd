package org.tandem.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.campaigns.Attribution.Journey;
import org.tandem.campaigns.domain.CampaignStore;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.DealManagement;
import org.tandem.crm.DealSummary;
import org.tandem.crm.SourceCampaign;
import org.tandem.funnel.FunnelReports;
import org.tandem.funnel.LifecycleStage;
import org.tandem.platform.Money;

/**
 * Campaign results for marketing and sales alike: leads, the share of won deals and
 * revenue each campaign earns under the chosen attribution model, and its ROI.
 *
 * <p>
 * A won deal's journey is every touch of the people on it, plus the campaign each of them
 * came from (a touch when they entered the record); the lead moment is the first of them
 * entering, the opportunity moment the deal's creation, the conversion its close. Each
 * campaign's credit is rounded to its currency's cents, half to even.
 */
@Service
@Transactional(readOnly = true)
public class CampaignReports {

	private final CampaignManagement campaigns;

	private final ContactManagement contacts;

	private final DealManagement deals;

	private final Clock clock;

	/**
	 * The stages that make a lead qualified by marketing, and those that mean sales took
	 * it.
	 */
	private static final Set<LifecycleStage> QUALIFIED = EnumSet.of(LifecycleStage.MQL, LifecycleStage.SQL,
			LifecycleStage.OPPORTUNITY, LifecycleStage.WON);

	private static final Set<LifecycleStage> ACCEPTED = EnumSet.of(LifecycleStage.SQL, LifecycleStage.OPPORTUNITY,
			LifecycleStage.WON);

	private final FunnelReports funnel;

	private final CreditCache cache;

	CampaignReports(CampaignManagement campaigns, ContactManagement contacts, DealManagement deals,
			FunnelReports funnel, CreditCache cache, Clock clock) {
		this.funnel = funnel;
		this.cache = cache;
		this.clock = clock;
		this.campaigns = campaigns;
		this.contacts = contacts;
		this.deals = deals;
	}

	/** Every campaign's results over its life, the latest start first. */
	public List<CampaignResult> results(AttributionModel model) {
		List<CampaignSummary> all = this.campaigns.all();
		Map<String, CampaignSummary> byName = new HashMap<>();
		all.forEach(campaign -> byName.put(CampaignStore.key(campaign.name()), campaign));
		Map<CampaignId, Long> leads = new HashMap<>();
		for (SourceCampaign source : this.contacts.sourceCampaigns()) {
			CampaignSummary campaign = byName.get(CampaignStore.key(source.name()));
			if (campaign != null) {
				leads.merge(campaign.id(), source.people(), Long::sum);
			}
		}
		Map<CampaignId, Long> mqls = new HashMap<>();
		Map<CampaignId, Long> sqls = new HashMap<>();
		Map<ContactId, Set<LifecycleStage>> qualified = this.funnel.reached(QUALIFIED);
		this.contacts.origins(qualified.keySet()).forEach((contact, origin) -> {
			CampaignSummary campaign = origin.campaign() == null ? null
					: byName.get(CampaignStore.key(origin.campaign()));
			if (campaign != null) {
				mqls.merge(campaign.id(), 1L, Long::sum);
				if (qualified.get(contact).stream().anyMatch(ACCEPTED::contains)) {
					sqls.merge(campaign.id(), 1L, Long::sum);
				}
			}
		});
		Map<CampaignId, CampaignCredit> credits = new HashMap<>();
		credits(model).forEach(credit -> credits.put(credit.campaign().id(), credit));
		return all.stream().map(campaign -> {
			CampaignCredit credit = credits.get(campaign.id());
			BigDecimal wonDeals = credit == null ? BigDecimal.ZERO : credit.wonDeals();
			return new CampaignResult(campaign, leads.getOrDefault(campaign.id(), 0L),
					mqls.getOrDefault(campaign.id(), 0L), sqls.getOrDefault(campaign.id(), 0L), wonDeals,
					credit == null ? new Money(BigDecimal.ZERO, campaign.spent().currency()) : credit.revenue(),
					credit == null ? 0 : credit.otherCurrencyDeals(), credit == null ? null : credit.roi(),
					per(campaign.spent(), BigDecimal.valueOf(leads.getOrDefault(campaign.id(), 0L))),
					per(campaign.spent(), BigDecimal.valueOf(mqls.getOrDefault(campaign.id(), 0L))),
					per(campaign.spent(), BigDecimal.valueOf(sqls.getOrDefault(campaign.id(), 0L))),
					per(campaign.spent(), wonDeals));
		}).toList();
	}

	/**
	 * What every campaign earned under a model over its life: its share of won deals,
	 * revenue and ROI. Kept until a deal, touch, campaign, merge or erasure changes it.
	 */
	public List<CampaignCredit> credits(AttributionModel model) {
		return this.cache.get(model, () -> attribute(model));
	}

	/** {@link #credits} summed per channel and currency, in the order of the channels. */
	public List<ChannelCredit> creditsByChannel(AttributionModel model) {
		Map<String, List<CampaignCredit>> groups = new TreeMap<>();
		for (CampaignCredit credit : credits(model)) {
			CampaignSummary campaign = credit.campaign();
			groups
				.computeIfAbsent(String.format("%03d %s", campaign.channel().ordinal(),
						campaign.spent().currency().getCurrencyCode()), key -> new ArrayList<>())
				.add(credit);
		}
		return groups.values().stream().map(group -> {
			CampaignSummary first = group.get(0).campaign();
			Currency currency = first.spent().currency();
			BigDecimal won = group.stream().map(CampaignCredit::wonDeals).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal earned = group.stream()
				.map(credit -> credit.revenue().amount())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal spent = group.stream()
				.map(credit -> credit.campaign().spent().amount())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			return new ChannelCredit(first.channel(), group.size(), won, new Money(earned, currency),
					new Money(spent, currency), roi(earned, spent));
		}).toList();
	}

	private List<CampaignCredit> attribute(AttributionModel model) {
		List<CampaignSummary> all = this.campaigns.all();
		Map<String, CampaignSummary> byName = new HashMap<>();
		all.forEach(campaign -> byName.put(CampaignStore.key(campaign.name()), campaign));
		List<DealSummary> won = this.deals.won(Instant.EPOCH, this.clock.instant());
		Set<ContactId> people = new HashSet<>();
		won.forEach(deal -> people.addAll(deal.contacts()));
		Map<ContactId, ContactSummary> persons = this.contacts.findAll(people);
		Map<ContactId, List<Touch>> touches = new HashMap<>();
		this.campaigns.touchesOf(people)
			.forEach(touch -> touches.computeIfAbsent(touch.contact(), contact -> new ArrayList<>()).add(touch));

		Map<CampaignId, BigDecimal> shares = new HashMap<>();
		Map<CampaignId, BigDecimal> revenue = new HashMap<>();
		Map<CampaignId, Long> otherCurrency = new HashMap<>();
		Map<CampaignId, CampaignSummary> byId = new HashMap<>();
		all.forEach(campaign -> byId.put(campaign.id(), campaign));
		for (DealSummary deal : won) {
			if (deal.closedAt() == null) {
				continue;
			}
			Journey journey = journey(deal, persons, touches, byName);
			Attribution.credit(model, journey).forEach((campaign, share) -> {
				CampaignSummary credited = byId.get(campaign);
				shares.merge(campaign, share, BigDecimal::add);
				if (credited.spent().currency().equals(deal.value().currency())) {
					BigDecimal part = deal.value()
						.amount()
						.multiply(share)
						.setScale(deal.value().currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
					revenue.merge(campaign, part, BigDecimal::add);
				}
				else {
					otherCurrency.merge(campaign, 1L, Long::sum);
				}
			});
		}
		return all.stream().map(campaign -> {
			BigDecimal earned = revenue.getOrDefault(campaign.id(), BigDecimal.ZERO);
			return new CampaignCredit(campaign, shares.getOrDefault(campaign.id(), BigDecimal.ZERO),
					new Money(earned, campaign.spent().currency()), otherCurrency.getOrDefault(campaign.id(), 0L),
					roi(earned, campaign.spent().amount()));
		}).toList();
	}

	/**
	 * Campaign results summed per channel (and currency: amounts in different currencies
	 * are not added up), in the order of the channels.
	 */
	public List<ChannelResult> byChannel(List<CampaignResult> results) {
		Map<String, List<CampaignResult>> groups = new TreeMap<>();
		for (CampaignResult result : results) {
			CampaignSummary campaign = result.campaign();
			groups
				.computeIfAbsent(String.format("%03d %s", campaign.channel().ordinal(),
						campaign.spent().currency().getCurrencyCode()), key -> new ArrayList<>())
				.add(result);
		}
		return groups.values().stream().map(CampaignReports::total).toList();
	}

	private static ChannelResult total(List<CampaignResult> results) {
		CampaignSummary first = results.get(0).campaign();
		Currency currency = first.spent().currency();
		long leads = results.stream().mapToLong(CampaignResult::leads).sum();
		long mqls = results.stream().mapToLong(CampaignResult::mqls).sum();
		long sqls = results.stream().mapToLong(CampaignResult::sqls).sum();
		BigDecimal won = results.stream().map(CampaignResult::wonDeals).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal earned = results.stream()
			.map(result -> result.revenue().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Money spent = new Money(results.stream()
			.map(result -> result.campaign().spent().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add), currency);
		return new ChannelResult(first.channel(), results.size(), leads, mqls, sqls, won, new Money(earned, currency),
				spent, roi(earned, spent.amount()), per(spent, BigDecimal.valueOf(leads)),
				per(spent, BigDecimal.valueOf(mqls)), per(spent, BigDecimal.valueOf(sqls)), per(spent, won));
	}

	/**
	 * Attributed revenue minus spent, divided by spent; nothing when it spent nothing.
	 */
	private static @Nullable BigDecimal roi(BigDecimal earned, BigDecimal spent) {
		return spent.signum() == 0 ? null : earned.subtract(spent).divide(spent, 4, RoundingMode.HALF_EVEN);
	}

	/** What one of {@code count} cost, in the currency's cents; nothing when none. */
	private static @Nullable Money per(Money spent, BigDecimal count) {
		if (count.signum() == 0) {
			return null;
		}
		return new Money(
				spent.amount().divide(count, spent.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
				spent.currency());
	}

	private static Journey journey(DealSummary deal, Map<ContactId, ContactSummary> persons,
			Map<ContactId, List<Touch>> touches, Map<String, CampaignSummary> byName) {
		List<Touch> all = new ArrayList<>();
		Instant leadAt = null;
		for (ContactId contact : deal.contacts()) {
			all.addAll(touches.getOrDefault(contact, List.of()));
			ContactSummary person = persons.get(contact);
			if (person == null) {
				continue;
			}
			if (leadAt == null || person.createdAt().isBefore(leadAt)) {
				leadAt = person.createdAt();
			}
			CampaignSummary source = person.sourceCampaign() == null ? null
					: byName.get(CampaignStore.key(person.sourceCampaign()));
			if (source != null) {
				all.add(new Touch(source.id(), contact, TouchKind.SUBMITTED, person.createdAt()));
			}
		}
		return new Journey(all, leadAt, deal.createdAt(), deal.closedAt());
	}

}
