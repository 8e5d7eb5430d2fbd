package org.tandem.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.ApiClient;
import org.tandem.IntegrationTest;
import org.tandem.TandemApplication;
import org.tandem.WebSession;
import org.tandem.MutableClock;
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.RepProfile;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.routing.domain.RoutingStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hand-off end to end, with a clock the test moves: a qualified lead goes to the
 * specialist with room, a full rep is passed over, and a deadline left to lapse warns,
 * escalates and reassigns.
 */
@IntegrationTest
@Import(RoutingIntegrationTests.Clocks.class)
class RoutingIntegrationTests {

	/** Wednesday 10:00 UTC. */
	static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(START);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	UserDirectory users;

	@Autowired
	RoutingStore rules;

	@Autowired
	UserAdministration administration;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaWatch watch;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	String industry;

	TeamId team;

	@BeforeEach
	void setUp() {
		this.api = ApiClient.asAdmin(this.port);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.industry = "industry-" + suffix;
		this.team = this.administration.createTeam("Routing " + suffix, TeamKind.SALES);
		this.rules.save(new RoutingRule(UUID.randomUUID(), "Test team " + suffix, 0, LeadAttribute.INDUSTRY,
				this.industry, this.team, true, true));
	}

	UserId rep(String name, String industries, int capacity) {
		String username = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 6);
		UserId id = this.administration.createUser(username, name, username + "@tandem.test", "password-" + username,
				Role.SALES, this.team, "ru");
		this.administration.saveProfile(new RepProfile(id, Set.of(), Set.of(industries.split(",")), Set.of(),
				Set.of("ru"), DealSizeBand.ANY, capacity, ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(18, 0),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, null));
		return id;
	}

	String qualifiedLead() {
		String domain = "co-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		this.api.post("/api/v1/accounts",
				ApiClient.json(Map.of("name", "Company " + domain, "domain", domain, "industry", this.industry)));
		String contact = this.api
			.post("/api/v1/intake/leads",
					ApiClient.json(Map.of("email", "lead@" + domain, "firstName", "Nina", "lastName", "Orlova",
							"source", "WEB_FORM", "company", "Company " + domain, "companyDomain", domain, "language",
							"ru", "consent", false)))
			.json()
			.path("contact")
			.asString();
		this.api.post("/api/v1/contacts/" + contact + "/transitions", ApiClient.json(Map.of("to", "MQL")));
		return contact;
	}

	String ownerOf(String contact) {
		return this.api.get("/api/v1/contacts/" + contact).json().path("owner").asString("");
	}

	String awaitOwner(String contact) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !ownerOf(contact).isEmpty());
		return ownerOf(contact);
	}

	@Test
	void aQualifiedLeadGoesToTheSpecialistAndTheAssignmentSaysWhy() throws Exception {
		UserId specialist = rep("Anna", this.industry, 10);
		rep("Ivan", "retail", 10);
		String contact = qualifiedLead();
		assertThat(awaitOwner(contact)).isEqualTo(specialist.toString());
		var assignments = this.api.get("/api/v1/contacts/" + contact + "/assignments").json();
		var latest = assignments.path("assignments").get(0);
		assertThat(latest.path("rule").asString()).startsWith("Test team");
		assertThat(latest.path("candidates").toString()).contains("does not cover industry " + this.industry, "chosen");
		assertThat(latest.path("reason").asString()).endsWith("open leads");
		String dossier = WebSession.admin(this.port).get("/routing/contacts/" + contact + "?lang=ru");
		assertThat(dossier.substring(dossier.indexOf("id=\"assignment\""), dossier.indexOf("id=\"deadlines\"")))
			.as("the hand-off's reasons in the page's language")
			.contains("не работает с отраслью " + this.industry, "выбран", "открытых лидов: ")
			.doesNotContain("does not cover", "chosen", "open leads");
		String username = this.users.find(specialist).orElseThrow().username();
		var answer = new WebSession(this.port, username, "password-" + username).answer("/inbox");
		assertThat(answer.statusCode()).as(answer.headers().toString()).isEqualTo(200);
		String inbox = answer.body();
		assertThat(inbox.substring(inbox.indexOf("id=\"notices\"")))
			.as("the rep's notice words the reason in the rep's language")
			.contains("Nina Orlova · Test team", "открытых лидов: ")
			.doesNotContain("open leads");
		var deadline = assignments.path("deadlines").get(0);
		assertThat(deadline.path("stage").asString()).isEqualTo("MQL");
		assertThat(Duration.between(Instant.parse(deadline.path("startedAt").asString()),
				Instant.parse(deadline.path("dueAt").asString())))
			.as("the MQL policy: an hour of the rep's working time, all of it today")
			.isEqualTo(Duration.ofMinutes(60));
	}

	@Test
	void aFullRepIsPassedOverForOneWithRoom() {
		UserId full = rep("Full", this.industry, 1);
		UserId free = rep("Free", this.industry, 5);
		String first = qualifiedLead();
		String firstOwner = awaitOwner(first);
		String second = qualifiedLead();
		String secondOwner = awaitOwner(second);
		assertThat(Set.of(firstOwner, secondOwner)).containsExactlyInAnyOrder(full.toString(), free.toString());
	}

	@Test
	void aLapsedDeadlineWarnsEscalatesAndReassigns() {
		UserId first = rep("Slow", this.industry, 10);
		String contact = qualifiedLead();
		assertThat(awaitOwner(contact)).isEqualTo(first.toString());
		UserId second = rep("Quick", this.industry, 10);
		this.clock.advance(Duration.ofMinutes(50));
		this.watch.tick();
		assertThat(notices(first)).contains("SLA_WARNING");
		this.clock.advance(Duration.ofMinutes(15));
		this.watch.tick();
		assertThat(notices(first)).contains("SLA_BREACHED");
		this.clock.advance(Duration.ofMinutes(120));
		this.watch.tick();
		await().atMost(Duration.ofSeconds(10)).until(() -> ownerOf(contact).equals(second.toString()));
		assertThat(notices(first)).contains("REASSIGNED");
		var deadlines = this.api.get("/api/v1/contacts/" + contact + "/assignments").json().path("deadlines");
		assertThat(deadlines.toString()).contains("REASSIGNED");
	}

	@Test
	void aFreshlyStartedInstanceCatchesUpWithTheDeadlinesAnotherLeftBehind() {
		UserId left = rep("Left", this.industry, 10);
		String contact = qualifiedLead();
		assertThat(awaitOwner(contact)).isEqualTo(left.toString());
		UserId right = rep("Right", this.industry, 10);
		// a new instance on the same database, on the real clock: days after this test's
		// clock, so
		// the deadline it finds is long past and the lead must go to the other rep
		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(TandemApplication.class)
			.profiles("it")
			.properties("server.port=0", "tandem.routing.sla-check-interval=500ms",
					"tandem.routing.sla-initial-delay=0s", "spring.main.banner-mode=off")
			.run()) {
			await().atMost(Duration.ofSeconds(30)).until(() -> ownerOf(contact).equals(right.toString()));
		}
		assertThat(notices(left)).contains("REASSIGNED");
	}

	String notices(UserId user) {
		return String.join(",",
				this.jdbc.sql("SELECT kind FROM routing_notice WHERE user_id = ?")
					.param(user.value())
					.query(String.class)
					.list());
	}

}
