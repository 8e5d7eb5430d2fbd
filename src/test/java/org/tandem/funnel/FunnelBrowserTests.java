package org.tandem.funnel;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first walk in a real browser: log in, create a contact, move it LEAD → MQL → SQL on
 * the board, and read its stage history on its page. Every page visited, in English and
 * in Russian, is checked with axe-core: no serious or critical accessibility violations.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelBrowserTests {

	@LocalServerPort
	int port;

	private WebDriver driver;

	private WebDriverWait wait;

	private final List<String> violations = new ArrayList<>();

	@BeforeAll
	void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(setting("CHROME_BINARY", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1400,1000", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver")))
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void aContactMovesThroughTheFunnelOnTheBoard() {
		open("/login?lang=en");
		checkAccessibility("login");
		this.driver.findElement(By.id("username")).sendKeys("admin");
		this.driver.findElement(By.id("password")).sendKeys("admin-password-for-tests");
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlToBe(url("/")));
		checkAccessibility("home");

		String last = "Walker" + UUID.randomUUID().toString().substring(0, 6);
		open("/contacts/new");
		checkAccessibility("new contact");
		this.driver.findElement(By.id("email")).sendKeys(last.toLowerCase() + "@example.com");
		this.driver.findElement(By.id("firstName")).sendKeys("Marta");
		this.driver.findElement(By.id("lastName")).sendKeys(last);
		new Select(this.driver.findElement(By.id("sourceChannel"))).selectByValue("WEBINAR");
		this.driver.findElement(By.id("save")).click();
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Marta " + last));
		String contactPage = this.driver.getCurrentUrl();
		checkAccessibility("contact");

		moveOnBoard(last, "LEAD", "MQL");
		checkAccessibility("board");
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
		checkAccessibility("contact (ru)");
		for (String path : List.of("/", "/board", "/contacts", "/contacts/new", "/deals", "/deals/board",
				"/accounts")) {
			open(path);
			assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
			checkAccessibility(path + " (ru)");
		}
		open("/deals/board?lang=en");
		checkAccessibility("deal board");
		open("/login?lang=en");
		assertThat(this.violations).as("serious or critical accessibility violations").isEmpty();
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
		this.driver.get(url(path));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void checkAccessibility(String page) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(this.driver);
		for (Rule rule : results.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				this.violations.add(page + ": " + rule.getId() + " — " + rule.getHelp() + " at "
						+ rule.getNodes()
							.stream()
							.map(node -> String.valueOf(node.getTarget()))
							.collect(Collectors.joining(", ")));
			}
		}
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
