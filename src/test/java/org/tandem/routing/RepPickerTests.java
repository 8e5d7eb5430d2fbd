package org.tandem.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tandem.crm.ContactId;
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.RepProfile;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.routing.domain.RepCandidate;
import org.tandem.routing.domain.RepPicker;
import org.tandem.routing.domain.RoutingLead;

import static org.assertj.core.api.Assertions.assertThat;

class RepPickerTests {

	/** Wednesday 10:00 UTC: 13:00 in Moscow, 02:00 in Los Angeles. */
	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-11-25");

	static final TeamId TEAM = new TeamId(UUID.randomUUID());

	static RepCandidate rep(String name, Set<String> industries, int capacity, long open, String zone,
			Instant lastAssigned) {
		UserSummary user = new UserSummary(new UserId(UUID.randomUUID()), name, name, name + "@t.test", Role.SALES,
				TEAM, "Sales", null, "en", true);
		RepProfile profile = new RepProfile(user.id(), Set.of(), industries, Set.of(), Set.of("ru", "en"),
				DealSizeBand.ANY, capacity, ZoneId.of(zone), LocalTime.of(9, 0), LocalTime.of(18, 0),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, null);
		return new RepCandidate(user, profile, open, lastAssigned);
	}

	static RoutingLead lead(String industry) {
		return new RoutingLead(new ContactId(UUID.randomUUID()), industry, "russia", "ru", DealSizeBand.ENTERPRISE,
				"WEBINAR", null);
	}

	static RoutingRule specialists() {
		return new RoutingRule(UUID.randomUUID(), "Specialists", 1, LeadAttribute.ANY, null, null, true, true);
	}

	@Test
	void prefersTheSpecialistAndSaysWhyOthersWerePassedOver() {
		RepCandidate anna = rep("anna", Set.of("finance"), 40, 10, "Europe/Moscow", null);
		RepCandidate ivan = rep("ivan", Set.of("retail"), 40, 0, "Europe/Moscow", null);
		RepPicker.Pick pick = RepPicker.pick(List.of(anna, ivan), lead("finance"), specialists(), NOW, TODAY);
		assertThat(pick.winner()).isSameAs(anna);
		assertThat(pick.candidates()).extracting(Assignment.Candidate::note)
			.containsExactly("chosen", "does not cover industry finance");
	}

	@Test
	void passesOverFullAndAbsentReps() {
		RepCandidate full = rep("full", Set.of(), 5, 5, "Europe/Moscow", null);
		UserSummary user = new UserSummary(new UserId(UUID.randomUUID()), "away", "away", "a@t.test", Role.SALES, TEAM,
				"Sales", null, "en", true);
		RepCandidate away = new RepCandidate(user,
				new RepProfile(user.id(), Set.of(), Set.of(), Set.of(), Set.of(), DealSizeBand.ANY, 40,
						ZoneId.of("Europe/Moscow"), LocalTime.of(9, 0), LocalTime.of(18, 0),
						EnumSet.allOf(DayOfWeek.class), TODAY.minusDays(1), TODAY.plusDays(1)),
				0, null);
		RepPicker.Pick pick = RepPicker.pick(List.of(full, away), lead("finance"), specialists(), NOW, TODAY);
		assertThat(pick.winner()).isNull();
		assertThat(pick.candidates()).extracting(Assignment.Candidate::note)
			.containsExactly("at capacity", "out of office");
	}

	@Test
	void thoseAtWorkNowComeFirstThenTheLeastLoadedThenInTurn() {
		RepCandidate moscow = rep("moscow", Set.of(), 40, 30, "Europe/Moscow", null);
		RepCandidate losAngeles = rep("la", Set.of(), 40, 0, "America/Los_Angeles", null);
		assertThat(RepPicker.pick(List.of(losAngeles, moscow), lead("x"), specialists(), NOW, TODAY).winner())
			.as("asleep in Los Angeles")
			.isSameAs(moscow);
		RepCandidate busy = rep("busy", Set.of(), 40, 20, "Europe/Moscow", null);
		RepCandidate light = rep("light", Set.of(), 10, 2, "Europe/Moscow", null);
		assertThat(RepPicker.pick(List.of(busy, light), lead("x"), specialists(), NOW, TODAY).winner())
			.as("20 of 40 is fuller than 2 of 10")
			.isSameAs(light);
		RepCandidate recent = rep("recent", Set.of(), 10, 2, "Europe/Moscow", NOW.minusSeconds(60));
		RepCandidate waiting = rep("waiting", Set.of(), 10, 2, "Europe/Moscow", NOW.minusSeconds(3600));
		assertThat(RepPicker.pick(List.of(recent, waiting), lead("x"), specialists(), NOW, TODAY).winner())
			.as("round robin: who waited longest")
			.isSameAs(waiting);
	}

	@Test
	void aRuleAppliesToTheLeadsItNames() {
		RoutingRule retail = new RoutingRule(UUID.randomUUID(), "Retail", 1, LeadAttribute.INDUSTRY,
				"Retail, e-commerce", null, false, true);
		assertThat(RepPicker.applies(retail, lead("retail"))).isTrue();
		assertThat(RepPicker.applies(retail, lead("finance"))).isFalse();
		assertThat(RepPicker.applies(retail, lead(null))).isFalse();
		RoutingRule paused = new RoutingRule(UUID.randomUUID(), "Paused", 1, LeadAttribute.ANY, null, null, false,
				false);
		assertThat(RepPicker.applies(paused, lead("retail"))).isFalse();
	}

}
