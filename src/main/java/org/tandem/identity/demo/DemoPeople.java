package org.tandem.identity.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.RepProfile;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.TeamRepository;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.platform.DemoMode;

/**
 * The demo company's people: two department heads, marketers, reps with different
 * specialisations, capacities and hours, and leadership. Runs once, on an empty database.
 */
@Component
@Order(10)
class DemoPeople implements ApplicationRunner {

	/** The password of every demo person; shown in the log. */
	static final String PASSWORD = "tandem-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private final DemoMode demo;

	private final TeamRepository teams;

	private final UserAdministration administration;

	DemoPeople(DemoMode demo, TeamRepository teams, UserAdministration administration) {
		this.demo = demo;
		this.teams = teams;
		this.administration = administration;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || this.teams.count() > 0) {
			return;
		}
		TeamId marketing = this.administration.createTeam("Marketing", TeamKind.MARKETING);
		TeamId enterprise = this.administration.createTeam("Sales — Enterprise", TeamKind.SALES);
		TeamId smb = this.administration.createTeam("Sales — SMB", TeamKind.SALES);
		TeamId leadership = this.administration.createTeam("Leadership", TeamKind.LEADERSHIP);
		person("maria", "Maria Sokolova", Role.MANAGER, marketing, "ru");
		person("oleg", "Oleg Petrov", Role.MARKETING, marketing, "ru");
		person("olga", "Olga Smirnova", Role.MARKETING, marketing, "ru");
		person("daniel", "Daniel Brooks", Role.MARKETING, marketing, "en");
		person("sergey", "Sergey Volkov", Role.MANAGER, enterprise, "ru");
		rep("anna", "Anna Kuznetsova", enterprise, "ru", Map.of("industries", "finance, insurance", "regions",
				"russia, cis, emea", "languages", "ru, en", "products", "platform, analytics"), DealSizeBand.ENTERPRISE,
				40, "Europe/Moscow", null);
		rep("ivan", "Ivan Orlov", smb, "ru", Map.of("industries", "retail, e-commerce", "regions", "russia",
				"languages", "ru", "products", "platform"), DealSizeBand.SMB, 60, "Europe/Moscow",
				LocalDate.now().plusDays(4));
		rep("pavel", "Pavel Morozov", enterprise, "ru", Map.of("industries", "manufacturing, energy", "regions",
				"russia, cis", "languages", "ru", "products", "platform, integrations"), DealSizeBand.ENTERPRISE, 35,
				"Asia/Yekaterinburg", null);
		rep("natalia", "Natalia Lebedeva", smb, "ru", Map.of("industries", "healthcare, education", "regions", "russia",
				"languages", "ru, en", "products", "platform"), DealSizeBand.SMB, 50, "Europe/Moscow", null);
		rep("james", "James Carter", enterprise, "en", Map.of("industries", "technology, finance", "regions",
				"emea, north america", "languages", "en", "products", "analytics, integrations"),
				DealSizeBand.MID_MARKET, 45, "Europe/London", null);
		person("elena", "Elena Vasilieva", Role.LEADERSHIP, leadership, "ru");
		person("robert", "Robert Hughes", Role.LEADERSHIP, leadership, "en");
		log.info("Demo data: people maria, oleg, sergey, anna, ivan, elena and others log in with password '{}'",
				PASSWORD);
	}

	private UserId person(String username, String name, Role role, TeamId team, String locale) {
		UserId id = this.administration.createUser(username, name, username + "@tandem.example", PASSWORD, role, team,
				locale);
		this.administration.changePreferences(id, locale,
				ZoneId.of("ru".equals(locale) ? "Europe/Moscow" : "Europe/London"));
		return id;
	}

	private void rep(String username, String name, TeamId team, String locale, Map<String, String> specialisation,
			DealSizeBand band, int capacity, String zone, @Nullable LocalDate awayUntil) {
		UserId id = person(username, name, Role.SALES, team, locale);
		this.administration.changePreferences(id, locale, ZoneId.of(zone));
		this.administration.saveProfile(new RepProfile(id, split(specialisation.get("products")),
				split(specialisation.get("industries")), split(specialisation.get("regions")),
				split(specialisation.get("languages")), band, capacity, ZoneId.of(zone), LocalTime.of(9, 0),
				LocalTime.of(18, 0), WEEKDAYS, awayUntil == null ? null : awayUntil.minusDays(5), awayUntil));
	}

	private static Set<String> split(String values) {
		return Set.of(values.split(",\\s*"));
	}

}
