package org.tandem.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.BrowserTestSupport;
import org.tandem.IntegrationTest;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monday's meeting in a real browser: open next week's meeting, see its agenda filled
 * from the numbers, give an action item to a rep, and see it on the rep's own list. Every
 * page is checked with axe-core, in English and Russian.
 */
@IntegrationTest
class MeetingsBrowserTests extends BrowserTestSupport {

	@Autowired
	Meetings meetings;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory directory;

	@Test
	void nextWeeksMeetingHasItsAgendaAndAnItemGivenThereReachesItsOwner() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		UserId rep = this.administration.createUser("walker-" + suffix, "Rita Walker " + suffix,
				"walker-" + suffix + "@t.test", "password-" + suffix, Role.SALES, null, "en");
		CurrentUser admin = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		String title = "Monday sync " + suffix;
		ZoneId zone = ZoneId.of("Europe/Berlin");
		this.meetings.createSeries(new SeriesDraft(MeetingKind.WEEKLY_STATUS, title, zone.getId(), DayOfWeek.MONDAY,
				LocalTime.of(10, 0), 60, 10, LocalDate.now(zone).plusDays(1), List.of(admin.id(), rep)), admin);

		this.browser.login("admin", "admin-password-for-tests");
		this.browser.open("/meetings?lang=en");
		check("meetings");
		this.driver.findElement(By.linkText(title)).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
		this.driver.findElement(By.id("refresh")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-status"), "Agenda ready"));
		String agenda = this.driver.findElement(By.id("agenda")).getText();
		assertThat(agenda).contains("Opening: the numbers that moved", "Leads that came in:",
				"Customer and partner feedback", "Confirm each action item's owner and due date.");
		check("meeting");

		String task = "Send the webinar deck to " + suffix;
		this.driver.findElement(By.id("item-title")).sendKeys(task);
		new Select(this.driver.findElement(By.id("item-owner"))).selectByVisibleText("Rita Walker " + suffix);
		this.driver.findElement(By.id("add-item")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("items"), task));
		String meetingPage = this.driver.getCurrentUrl();
		this.driver.get(meetingPage.replaceAll("\\?.*", "") + "?lang=ru");
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).as(this.driver.getCurrentUrl())
			.isEqualTo("ru");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda"), "Открытие"));
		check("meeting (ru)");
		this.browser.logout();

		this.browser.login("walker-" + suffix, "password-" + suffix);
		this.browser.open("/meetings/items?lang=en");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-items-table"), task));
		assertThat(this.driver.findElement(By.id("my-items-table")).getText()).contains(title);
		check("my items");
		this.browser.open("/meetings/items?lang=ru");
		check("my items (ru)");
		this.browser.logout();
		assertThat(this.browser.violations()).as("serious or critical accessibility violations").isEmpty();
	}

}
