package org.tandem;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver (no browser download), with
 * axe-core collecting the serious and critical accessibility violations of every page
 * checked.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final int port;

	private final List<String> violations = new ArrayList<>();

	private Browser(WebDriver driver, int port) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		this.port = port;
	}

	public static Browser start(int port) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(setting("CHROME_BINARY", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1400,1000", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver")))
			.build();
		return new Browser(new ChromeDriver(service, options), port);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public WebDriverWait waiting() {
		return this.wait;
	}

	public void open(String path) {
		this.driver.get(url(path));
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** Logs in through the login form, in English, and waits for the home page. */
	public void login(String user, String password) {
		open("/login?lang=en");
		this.driver.findElement(By.id("username")).sendKeys(user);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlToBe(url("/")));
	}

	public void logout() {
		this.driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
		this.wait.until(ExpectedConditions.urlContains("/login"));
	}

	/**
	 * Runs axe-core (WCAG 2.1 A and AA) on the current page and keeps what is serious or
	 * critical.
	 */
	public void checkAccessibility(String page) {
		for (Rule rule : new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(this.driver)
			.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				this.violations.add(page + ": " + rule.getId() + " — " + rule.getHelp() + " at "
						+ rule.getNodes()
							.stream()
							.map(node -> String.valueOf(node.getTarget()))
							.collect(Collectors.joining(", ")));
			}
		}
	}

	public List<String> violations() {
		return this.violations;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
