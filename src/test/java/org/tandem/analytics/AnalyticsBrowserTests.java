package org.tandem.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.ApiClient;
import org.tandem.BrowserTestSupport;
import org.tandem.IntegrationTest;
import org.tandem.goals.KpiFacts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funnel dashboard in a real browser: its charts are drawn, switching the attribution
 * model moves campaign revenue between channels in the chart and the table, and changing
 * the period changes the funnel. The page passes axe-core in English and Russian.
 */
@IntegrationTest
class AnalyticsBrowserTests extends BrowserTestSupport {

	@Autowired
	KpiFacts facts;

	/**
	 * A lead came from a webinar campaign, was then touched by an email campaign, and won
	 * a 1,000 RUB deal: first touch credits the webinar, last touch the email.
	 */
	void wonDealTouchedByTwoChannels() {
		ApiClient api = ApiClient.asAdmin(this.port);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String webinar = campaign(api, "Browser webinar " + suffix, "WEBINAR");
		String email = campaign(api, "Browser email " + suffix, "EMAIL");
		Map<String, Object> lead = new HashMap<>();
		lead.put("email", "browser-" + suffix + "@example.org");
		lead.put("firstName", "Bea");
		lead.put("lastName", "Browser");
		lead.put("source", "WEBINAR");
		lead.put("campaign", "Browser webinar " + suffix);
		lead.put("consent", false);
		String contact = api.post("/api/v1/intake/leads", ApiClient.json(lead)).json().path("contact").asString();
		api.post("/api/v1/campaigns/" + webinar + "/touches",
				ApiClient.json(Map.of("contact", contact, "kind", "REGISTERED")));
		api.post("/api/v1/campaigns/" + email + "/touches",
				ApiClient.json(Map.of("contact", contact, "kind", "CLICKED")));
		Map<String, Object> deal = new HashMap<>();
		deal.put("name", "Licence for Bea");
		deal.put("pipeline", "00000000-0000-0000-0000-00000000a001");
		deal.put("amount", "1000.00");
		deal.put("currency", "RUB");
		deal.put("contacts", List.of(contact));
		var opened = api.post("/api/v1/deals", ApiClient.json(deal));
		deal.put("stage", "00000000-0000-0000-0000-00000000b004");
		deal.put("version", opened.json().path("version").asLong());
		assertThat(api.put("/api/v1/deals/" + opened.json().path("id").asString(), ApiClient.json(deal)).status())
			.isEqualTo(200);
		this.facts.catchUp();
	}

	static String campaign(ApiClient api, String name, String channel) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("channel", channel);
		body.put("startsOn", "2026-01-01");
		body.put("budget", "100.00");
		body.put("currency", "RUB");
		return api.post("/api/v1/campaigns", ApiClient.json(body)).json().path("id").asString();
	}

	@Test
	void switchingTheModelAndThePeriodRedrawsChartAndTable() {
		wonDealTouchedByTwoChannels();
		this.browser.open("/login?lang=en");
		this.driver.findElement(By.id("username")).sendKeys("admin");
		this.driver.findElement(By.id("password")).sendKeys("admin-password-for-tests");
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlToBe(this.browser.url("/")));

		this.browser.open("/analytics?model=FIRST_TOUCH");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#section-funnel .chart canvas")));
		check("analytics");
		String firstTouchTable = text("#section-attribution table");
		String firstTouchChart = chart("attribution");
		String webinarFirst = row("#section-attribution", "Webinar · RUB");

		new Select(this.driver.findElement(By.id("model"))).selectByValue("LAST_TOUCH");
		this.driver.findElement(By.id("apply")).click();
		this.wait.until(ExpectedConditions.urlContains("model=LAST_TOUCH"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#section-attribution canvas")));
		assertThat(text("#section-attribution table")).isNotEqualTo(firstTouchTable);
		assertThat(chart("attribution")).isNotEqualTo(firstTouchChart);
		assertThat(row("#section-attribution", "Webinar · RUB")).isNotEqualTo(webinarFirst);

		String funnelBefore = text("#section-funnel table");
		String funnelChartBefore = chart("funnel");
		((JavascriptExecutor) this.driver).executeScript("document.getElementById('from').value = '2024-01-01';"
				+ "document.getElementById('to').value = '2024-01-31';");
		this.driver.findElement(By.id("apply")).click();
		this.wait.until(ExpectedConditions.urlContains("from=2024-01-01"));
		assertThat(text("#section-funnel table")).isNotEqualTo(funnelBefore);
		assertThat(chart("funnel")).isNotEqualTo(funnelChartBefore);

		this.browser.open("/analytics?lang=ru");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#section-funnel .chart canvas")));
		check("analytics (ru)");
		this.browser.open("/analytics/leaderboard?lang=en");
		check("leaderboard");
		assertThat(this.browser.violations()).isEmpty();
	}

	String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	String chart(String section) {
		return this.driver.findElement(By.cssSelector("#section-" + section + " .chart")).getAttribute("data-chart");
	}

	/**
	 * The text of the table row whose first cell is {@code first}; empty when there is
	 * none.
	 */
	String row(String section, String first) {
		return this.driver.findElements(By.cssSelector(section + " tbody tr"))
			.stream()
			.map(row -> row.getText())
			.filter(text -> text.startsWith(first))
			.findFirst()
			.orElse("");
	}

}
