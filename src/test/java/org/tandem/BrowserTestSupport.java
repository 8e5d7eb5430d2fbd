package org.tandem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test's one browser: started before the class's tests against the running
 * application and closed after them, with axe-core checks of the pages it opens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

	@LocalServerPort
	protected int port;

	protected Browser browser;

	protected WebDriver driver;

	protected WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start(this.port);
		this.driver = this.browser.driver();
		this.wait = this.browser.waiting();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	/**
	 * Runs axe-core on the current page; its serious findings are kept for the test's
	 * end.
	 */
	protected void check(String page) {
		this.browser.checkAccessibility(page);
	}

}
