package org.tandem.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalDraft;
import org.tandem.goals.GoalManagement;
import org.tandem.goals.GoalTarget;
import org.tandem.goals.Kpi;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme set up through the web: the weights must add up to 100 % before it starts,
 * the what-if works the formula out for everyone, a participant sees only their own
 * statement and cannot change anything, and the final statements keep exactly the numbers
 * they were computed from.
 */
@IntegrationTest
class IncentivesIntegrationTests {

	private static final Pattern PROGRAMME = Pattern.compile("/incentives/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory directory;

	@Autowired
	GoalManagement goals;

	@Autowired
	Incentives incentives;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProgrammeFromItsFormulaToItsFinalStatements() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserId rep = user("irep-" + suffix, Role.SALES);
		UserId marketer = user("imk-" + suffix, Role.MARKETING);
		user("iout-" + suffix, Role.SALES);
		user("iboss-" + suffix, Role.LEADERSHIP);
		CurrentUser admin = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		LocalDate start = LocalDate.now().withDayOfMonth(1);
		LocalDate end = start.plusMonths(3).minusDays(1);
		Goal shared = this.goals.create(
				new GoalDraft("Shared revenue " + suffix, Kpi.WON_REVENUE, start, end, null, null, null, null, null,
						"EUR", new GoalTarget(new BigDecimal("100000"), null, null, null, null), List.of(admin.id())),
				admin);
		Goal quota = this.goals
			.create(new GoalDraft("Quota " + suffix, Kpi.WON_REVENUE, start, end, null, rep, null, null, null, "EUR",
					new GoalTarget(new BigDecimal("20000"), null, null, null, null), List.of(admin.id())), admin);
		Goal mqls = this.goals.create(new GoalDraft("MQLs " + suffix, Kpi.MQLS, start, end, null, null, null, null,
				null, null, new GoalTarget(new BigDecimal("50"), null, null, null, null), List.of(admin.id())), admin);

		WebSession head = WebSession.admin(this.port);
		var created = head.submit("/incentives", "/incentives", "name=" + WebSession.encode("Bonus " + suffix)
				+ "&startsOn=" + start + "&endsOn=" + end + "&currency=EUR");
		Matcher found = PROGRAMME.matcher(created.headers().firstValue("Location").orElseThrow());
		assertThat(found.find()).isTrue();
		UUID id = UUID.fromString(found.group(1));
		String page = "/incentives/" + id;
		head.submit(page, page + "/components",
				"name=Own+goal&kind=INDIVIDUAL&weight=60&threshold=50&cap=150" + "&accelerator=2");
		head.submit(page, page + "/components",
				"name=Too+much&kind=INDIVIDUAL&weight=50&threshold=0&cap=100" + "&accelerator=1");
		head.submit(page, page + "/components", "name=Shared+revenue&kind=SHARED&goal=" + shared.id().value()
				+ "&weight=40&threshold=80&cap=120&accelerator=1");
		head.submit(page, page + "/participants", "user=" + rep.value() + "&base=10000&goal=" + quota.id().value());
		head.submit(page, page + "/participants",
				"user=" + marketer.value() + "&base=8000.5&goal=" + mqls.id().value());
		Programme programme = this.incentives.find(id, admin).orElseThrow();
		assertThat(programme.components()).extracting(Component::name).containsExactly("Own goal", "Shared revenue");
		assertThat(programme.totalWeight()).isEqualByComparingTo("100");
		assertThat(programme.participants()).hasSize(2);

		// what if the own goals reach 110 % and the shared one 90 %: 10000 → 7200 + 3600
		Component own = programme.components().get(0);
		Component together = programme.components().get(1);
		String whatIf = head.get(page + "?a_" + own.id() + "=110&a_" + together.id() + "=90");
		assertThat(whatIf).contains("10,800.00 EUR", "8,640.54 EUR", "19,440.54 EUR");

		// started, a participant sees their own statement and nothing else
		head.submit(page, page + "/activate", "version=" + programme.version());
		WebSession repSession = session("irep-" + suffix);
		String mine = repSession.get(page);
		assertThat(mine).contains("Your statement as of today", "Quota " + suffix, "Shared revenue " + suffix)
			.doesNotContain("imk-" + suffix, "What if");
		assertThat(repSession.get("/incentives")).contains("Bonus " + suffix);
		assertThat(session("iout-" + suffix).answer(page).statusCode()).isEqualTo(404);
		assertThat(session("iout-" + suffix).get("/incentives")).doesNotContain("Bonus " + suffix);
		assertThat(repSession.submit(page, page + "/participants", "user=" + rep.value() + "&base=999999").statusCode())
			.isEqualTo(403);
		assertThat(session("iboss-" + suffix).get(page)).contains("irep-" + suffix, "imk-" + suffix);

		// the final statements keep the numbers they were computed from
		Programme running = this.incentives.find(id, admin).orElseThrow();
		List<Statement> today = this.incentives.statements(running);
		head.submit(page, page + "/calculate", "close=true&version=" + running.version());
		Programme closed = this.incentives.find(id, admin).orElseThrow();
		assertThat(closed.status()).isEqualTo(ProgrammeStatus.CLOSED);
		Run run = this.incentives.runs(closed).get(0);
		assertThat(run.kind()).isEqualTo(Run.RunKind.FINAL);
		List<Statement> kept = this.incentives.statementsOf(closed, run.id(), admin);
		assertThat(kept).hasSize(2);
		for (Statement statement : kept) {
			Statement computed = today.stream()
				.filter(s -> s.user().equals(statement.user()))
				.findFirst()
				.orElseThrow();
			assertThat(statement.total()).isEqualByComparingTo(computed.total());
			assertThat(statement.lines())
				.usingRecursiveFieldByFieldElementComparator(
						org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
							.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
							.build())
				.isEqualTo(computed.lines());
		}
		String runPage = page + "/runs/" + run.id();
		assertThat(repSession.get(runPage)).contains("Final", "Quota " + suffix).doesNotContain("imk-" + suffix);
		assertThat(head
			.submit(page, page + "/components",
					"name=Late&kind=SHARED&weight=1&threshold=0&cap=100" + "&accelerator=1&goal=" + shared.id().value())
			.statusCode()).isEqualTo(302);
		assertThat(this.incentives.find(id, admin).orElseThrow().components()).hasSize(2);
	}

	private UserId user(String username, Role role) {
		return this.administration.createUser(username, username, username + "@t.test", "password-" + username, role,
				null, "en");
	}

	private WebSession session(String username) throws Exception {
		return new WebSession(this.port, username, "password-" + username);
	}

}
