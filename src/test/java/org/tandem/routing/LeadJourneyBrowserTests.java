package org.tandem.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.ApiClient;
import org.tandem.BrowserTestSupport;
import org.tandem.IntegrationTest;
import org.tandem.crm.Channel;
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.RepProfile;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.intake.FormField;
import org.tandem.intake.WebForm;
import org.tandem.intake.domain.WebForms;
import org.tandem.routing.domain.RoutingStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A visitor fills in the hosted form; her behaviour lifts her score over the MQL
 * threshold; the rep who covers the channel finds her in the inbox, scored and assigned,
 * with the reasons.
 */
@IntegrationTest
class LeadJourneyBrowserTests extends BrowserTestSupport {

	@Autowired
	UserAdministration administration;

	@Autowired
	WebForms forms;

	@Autowired
	RoutingStore rules;

	@Test
	void aFormLeadIsScoredAndLandsInTheRightRepsInbox() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		TeamId team = this.administration.createTeam("Partners " + suffix, TeamKind.SALES);
		String username = "olga-" + suffix;
		UserId rep = this.administration.createUser(username, "Olga Partner", username + "@tandem.test",
				"password-" + username, Role.SALES, team, "en");
		this.administration.saveProfile(
				new RepProfile(rep, Set.of(), Set.of(), Set.of(), Set.of(), DealSizeBand.ANY, 50, ZoneId.of("UTC"),
						LocalTime.of(0, 0), LocalTime.of(23, 59), EnumSet.allOf(DayOfWeek.class), null, null));
		this.rules.save(new RoutingRule(UUID.randomUUID(), "Partner leads " + suffix, 0, LeadAttribute.SOURCE_CHANNEL,
				"PARTNER", team, false, true));
		this.forms.save(new WebForm(UUID.randomUUID(), "Partner referral", "partner-" + suffix, Channel.PARTNER,
				"Partner programme", EnumSet.of(FormField.COMPANY, FormField.TITLE), "I agree to be contacted.", null,
				null, true), java.time.Instant.now());

		String email = "vera." + suffix + "@fintech.example";
		open("/f/partner-" + suffix + "?lang=en");
		check("hosted form");
		this.driver.findElement(By.id("email")).sendKeys(email);
		this.driver.findElement(By.id("firstName")).sendKeys("Vera");
		this.driver.findElement(By.id("lastName")).sendKeys("Lebedeva " + suffix);
		this.driver.findElement(By.id("company")).sendKeys("Fintech " + suffix);
		this.driver.findElement(By.id("title")).sendKeys("Head of Payments");
		this.driver.findElement(By.id("consent")).click();
		this.driver.findElement(By.id("submit")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));

		ApiClient api = ApiClient.asAdmin(this.port);
		api.post("/api/v1/intake/events", ApiClient.json(Map.of("type", "WEBINAR_ATTENDED", "email", email)));
		api.post("/api/v1/intake/events", ApiClient.json(Map.of("type", "PRICING_VIEW", "email", email)));
		String contact = api.get("/api/v1/contacts?q=" + suffix).json().path("items").get(0).path("id").asString();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> rep.toString()
				.equals(api.get("/api/v1/contacts/" + contact).json().path("owner").asString("")));

		open("/login?lang=en");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys("password-" + username);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlToBe(url("/")));
		open("/inbox");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox"), "Vera Lebedeva " + suffix));
		assertThat(this.driver.findElement(By.id("notices")).getText()).contains("New lead for you");
		check("inbox");
		// follow the link itself: a click can land on whatever the page is still laying
		// out
		this.driver.get(this.driver.findElement(By.linkText("Vera Lebedeva " + suffix)).getAttribute("href"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-points")));
		assertThat(Integer.parseInt(this.driver.findElement(By.id("score-points")).getText()))
			.isGreaterThanOrEqualTo(50);
		assertThat(this.driver.findElement(By.id("score-explanation")).getText()).contains("Decision-making title");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment"), "Olga Partner"));
		assertThat(this.driver.findElement(By.id("assignment")).getText()).contains("Partner leads " + suffix);
		check("dossier");
		assertThat(this.browser.violations()).as("serious or critical accessibility violations").isEmpty();
	}

	private void open(String path) {
		this.browser.open(path);
	}

	private String url(String path) {
		return this.browser.url(path);
	}

}
