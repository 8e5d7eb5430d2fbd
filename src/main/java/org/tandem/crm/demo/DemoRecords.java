package org.tandem.crm.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.datafaker.Faker;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.crm.Channel;
import org.tandem.crm.PipelineCatalogue;
import org.tandem.crm.domain.Account;
import org.tandem.crm.PipelineView;
import org.tandem.crm.SizeBand;
import org.tandem.platform.DemoMode;
import org.tandem.platform.Phrase;

/**
 * The demo company's shared record: 200 accounts and 3,000 contacts created over the last
 * twelve months from every channel, with web visits and emails on their timelines. The
 * funnel's demo data then moves them through the stages.
 */
@Component
@Order(20)
class DemoRecords implements ApplicationRunner {

	static final int ACCOUNTS = 200;

	static final int CONTACTS = 3000;

	private static final List<String> INDUSTRIES = List.of("finance", "insurance", "retail", "e-commerce",
			"manufacturing", "energy", "healthcare", "education", "technology", "logistics");

	private static final List<String> REGIONS = List.of("russia", "cis", "emea", "north america");

	private static final List<String> TITLES = List.of("CMO", "Head of Sales", "CFO", "IT Director",
			"Marketing Manager", "Procurement Lead", "CEO", "Operations Director", "Analyst", "Product Manager");

	private final DemoMode demo;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PipelineCatalogue pipelines;

	private final Clock clock;

	DemoRecords(DemoMode demo, JdbcTemplate jdbc, TransactionTemplate transactions, PipelineCatalogue pipelines,
			Clock clock) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.pipelines = pipelines;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM crm_contact", Long.class);
		if (!this.demo.enabled() || existing == null || existing > 0) {
			return;
		}
		this.transactions.executeWithoutResult(status -> seed(new Random(42), new Faker(new Random(42))));
	}

	private void seed(Random random, Faker faker) {
		Instant now = this.clock.instant();
		List<Object[]> accounts = new ArrayList<>();
		List<String[]> domains = new ArrayList<>();
		Set<String> usedDomains = new HashSet<>();
		for (int i = 0; i < ACCOUNTS; i++) {
			String name = faker.company().name();
			String domain = slug(name) + (usedDomains.contains(slug(name)) ? i : "") + ".example";
			usedDomains.add(slug(name));
			UUID id = UUID.randomUUID();
			Instant created = now.minus(Duration.ofDays(365 + random.nextInt(400)));
			accounts.add(new Object[] { id, name, Account.key(name), domain, pick(random, INDUSTRIES),
					SizeBand.values()[random.nextInt(SizeBand.values().length)].name(), pick(random, REGIONS),
					Timestamp.from(created), Timestamp.from(created) });
			domains.add(new String[] { id.toString(), domain });
		}
		this.jdbc.batchUpdate("INSERT INTO crm_account (id, name, name_key, domain, industry, size_band, region, "
				+ "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", accounts);
		List<Object[]> contacts = new ArrayList<>();
		List<Object[]> activities = new ArrayList<>();
		for (int i = 0; i < CONTACTS; i++) {
			String[] account = domains.get(random.nextInt(domains.size()));
			String first = faker.name().firstName();
			String last = faker.name().lastName();
			String email = (slug(first) + "." + slug(last) + "." + i + "@" + account[1]).toLowerCase(Locale.ROOT);
			UUID id = UUID.randomUUID();
			// more leads in recent months: the company is growing
			Instant created = now
				.minus(Duration.ofMinutes((long) (Math.pow(random.nextDouble(), 1.3) * 365 * 24 * 60)));
			Channel channel = channel(random);
			boolean consent = random.nextInt(3) > 0;
			contacts.add(new Object[] { id, email, email, first, last,
					"+7495" + String.format("%07d", random.nextInt(10_000_000)), pick(random, TITLES),
					UUID.fromString(account[0]), channel.name(), campaign(channel, created), form(channel, random),
					random.nextInt(4) == 0 ? "en" : "ru", consent, consent ? "web form" : null,
					consent ? Timestamp.from(created) : null, Timestamp.from(created), Timestamp.from(created) });
			Phrase visited = Phrase.of("activity.said.PRICING_VIEW", " /pricing");
			Phrase submitted = new Phrase("activity.said.submitted", List.of(), List.of())
				.withKey("channel." + channel.name());
			activities.add(new Object[] { UUID.randomUUID(), "WEB_VISIT", Timestamp.from(created.minusSeconds(600)), id,
					"Tandem", visited.english(), Phrase.toJson(visited) });
			activities.add(new Object[] { UUID.randomUUID(), "FORM", Timestamp.from(created), id, "Tandem",
					submitted.english(), Phrase.toJson(submitted) });
		}
		this.jdbc.batchUpdate("INSERT INTO crm_contact (id, email, email_normalized, first_name, last_name, "
				+ "phone_e164, title, account_id, source_channel, source_campaign, source_form, language, "
				+ "consent_email, consent_source, consent_at, created_at, updated_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", contacts);
		this.jdbc.batchUpdate("INSERT INTO crm_activity (id, type, occurred_at, contact_id, actor_name, subject, "
				+ "subject_phrase) VALUES (?, ?, ?, ?, ?, ?, ?)", activities);
		this.pipelines.create("Enterprise platform", "platform",
				List.of(new PipelineView.Stage(UUID.randomUUID(), "Qualification", 10, "OPEN"),
						new PipelineView.Stage(UUID.randomUUID(), "Solution design", 30, "OPEN"),
						new PipelineView.Stage(UUID.randomUUID(), "Proof of concept", 55, "OPEN"),
						new PipelineView.Stage(UUID.randomUUID(), "Commercials", 80, "OPEN"),
						new PipelineView.Stage(UUID.randomUUID(), "Won", 100, "WON"),
						new PipelineView.Stage(UUID.randomUUID(), "Lost", 0, "LOST")));
	}

	private static Channel channel(Random random) {
		Channel[] weighted = { Channel.WEB_FORM, Channel.WEB_FORM, Channel.WEBINAR, Channel.WEBINAR, Channel.ONLINE_ADS,
				Channel.ONLINE_ADS, Channel.SOCIAL, Channel.DEMO_REQUEST, Channel.OFFLINE_EVENT, Channel.CONTENT,
				Channel.EMAIL, Channel.REFERRAL, Channel.PARTNER };
		return weighted[random.nextInt(weighted.length)];
	}

	private static String campaign(Channel channel, Instant created) {
		String quarter = created.toString().substring(0, 4) + "-Q"
				+ ((Integer.parseInt(created.toString().substring(5, 7)) - 1) / 3 + 1);
		return switch (channel) {
			case WEBINAR -> "Webinar: alignment playbook " + quarter;
			case ONLINE_ADS -> "Search ads " + quarter;
			case SOCIAL -> "Paid social " + quarter;
			case OFFLINE_EVENT -> "Industry forum " + quarter;
			case CONTENT -> "Whitepaper: lead scoring";
			default -> "Always on";
		};
	}

	private static @Nullable String form(Channel channel, Random random) {
		return switch (channel) {
			case WEB_FORM -> random.nextBoolean() ? "Pricing request" : "Newsletter signup";
			case DEMO_REQUEST -> "Book a demo";
			case WEBINAR -> "Webinar registration";
			case SOCIAL -> "Social lead form";
			default -> null;
		};
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
		return slug.isEmpty() ? "x" : slug;
	}

}
