package org.tandem.funnel;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.tandem.BrowserTestSupport;
import org.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first walk in a real browser: log in, create a contact, move it LEAD → MQL → SQL on
 * the board, and read its stage history on its page. Every page visited, in English and
 * in Russian, is checked with axe-core: no serious or critical accessibility violations.
 */
@IntegrationTest
class FunnelBrowserTests extends BrowserTestSupport {

	@Test
	void aContactMovesThroughTheFunnelOnTheBoard() {
		open("/login?lang=en");
		check("login");
		this.driver.findElement(By.id("username")).sendKeys("admin");
		this.driver.findElement(By.id("password")).sendKeys("admin-password-for-tests");
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlToBe(url("/")));
		check("home");

		String last = "Walker" + UUID.randomUUID().toString().substring(0, 6);
		open("/contacts/new");
		check("new contact");
		this.driver.findElement(By.id("email")).sendKeys(last.toLowerCase() + "@example.com");
		this.driver.findElement(By.id("firstName")).sendKeys("Marta");
		this.driver.findElement(By.id("lastName")).sendKeys(last);
		new Select(this.driver.findElement(By.id("sourceChannel"))).selectByValue("WEBINAR");
		this.driver.findElement(By.id("save")).click();
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Marta " + last));
		String contactPage = this.driver.getCurrentUrl();
		check("contact");

		moveOnBoard(last, "LEAD", "MQL");
		check("board");
		moveOnBoard(last, "MQL", "SQL");

		this.driver.get(contactPage);
		this.wait.until(ExpectedConditions.textMatches(By.id("current-stage"), java.util.regex.Pattern.compile("SQL")));
		List<String> stages = this.driver.findElements(By.cssSelector("#stage-history tbody tr td:nth-child(3)"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(stages).containsExactly("Lead", "MQL", "SQL");

		this.driver.get(contactPage + "?lang=ru");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stage-history"), "История стадий"));
		assertThat(this.driver.findElement(By.cssSelector("#stage-history tbody tr td:nth-child(3)")).getText())
			.isEqualTo("Лид");
		check("contact (ru)");
		for (String path : List.of("/", "/board", "/contacts", "/contacts/new", "/deals", "/deals/board",
				"/accounts")) {
			open(path);
			assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
			check(path + " (ru)");
		}
		open("/deals/board?lang=en");
		check("deal board");
		open("/login?lang=en");
		assertThat(this.browser.violations()).as("serious or critical accessibility violations").isEmpty();
	}

	private void moveOnBoard(String lastName, String from, String to) {
		open("/board?q=" + lastName);
		By card = By.cssSelector("#column-" + from + " article");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(card));
		WebElement form = this.driver.findElement(card).findElement(By.tagName("form"));
		new Select(form.findElement(By.name("to"))).selectByValue(to);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-" + to + " article")));
		assertThat(this.driver.findElement(By.cssSelector("#column-" + to + " article h3")).getText())
			.endsWith(lastName);
	}

	private void open(String path) {
		this.browser.open(path);
	}

	private String url(String path) {
		return this.browser.url(path);
	}

}
