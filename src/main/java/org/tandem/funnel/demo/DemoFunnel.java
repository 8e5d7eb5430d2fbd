package org.tandem.funnel.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.funnel.LifecycleStage;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;
import org.tandem.platform.PageQuery;
import org.tandem.platform.PageResult;

/**
 * Moves the demo contacts through the funnel over the last twelve months: qualification
 * by marketing, acceptance or rejection by sales with reasons, opportunities, wins and
 * losses, each move stored with its own time and actor.
 */
@Component
@Order(30)
class DemoFunnel implements ApplicationRunner {

	private final DemoMode demo;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ContactManagement contacts;

	private final DemoDeals deals;

	private final Clock clock;

	DemoFunnel(DemoMode demo, JdbcTemplate jdbc, TransactionTemplate transactions, ContactManagement contacts,
			DemoDeals deals, Clock clock) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contacts = contacts;
		this.deals = deals;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM funnel_lifecycle", Long.class);
		if (!this.demo.enabled() || existing == null || existing > 0) {
			return;
		}
		this.transactions.executeWithoutResult(status -> seed(new Random(7)));
	}

	private void seed(Random random) {
		List<Object[]> lifecycles = new ArrayList<>();
		List<Object[]> transitions = new ArrayList<>();
		List<UserSummary> reps = this.deals.reps();
		List<UserSummary> marketers = this.deals.marketers();
		for (int page = 0;; page++) {
			PageResult<ContactSummary> batch = this.contacts.list(ContactFilter.none(),
					PageQuery.of(page, PageQuery.MAX_SIZE, "created", "created"), CurrentUser.SYSTEM);
			for (ContactSummary contact : batch.items()) {
				DemoPath path = new DemoPath(contact, random, this.clock.instant());
				path.walk(reps, marketers);
				lifecycles.add(new Object[] { contact.id().value(), path.stage.name(), Timestamp.from(path.at) });
				transitions.addAll(path.rows);
				if (path.stage != LifecycleStage.LEAD) {
					this.contacts.recordStage(contact.id(), path.stage.name());
				}
				if (path.owner != null) {
					this.contacts.assignOwner(contact.id(), path.owner.id());
				}
				this.deals.record(contact, path.owner, path.opportunityAt, path.stage, path.at, random);
			}
			if (!batch.hasNext()) {
				break;
			}
		}
		this.jdbc.batchUpdate("INSERT INTO funnel_lifecycle (contact_id, stage, entered_at) VALUES (?, ?, ?)",
				lifecycles);
		this.jdbc.batchUpdate(
				"INSERT INTO funnel_transition (id, contact_id, from_stage, to_stage, at, actor_kind, "
						+ "actor_id, actor_name, reason_code, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				transitions);
	}

	static BigDecimal amount(Random random) {
		return BigDecimal.valueOf(5_000L + random.nextInt(400) * 1_000L);
	}

}
