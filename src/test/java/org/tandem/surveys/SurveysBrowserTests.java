package org.tandem.surveys;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.BrowserTestSupport;
import org.tandem.IntegrationTest;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnostics in a real browser: a marketer and a rep answer the playbook's
 * questionnaire, the admin opens the analysis, sees the divergence chart and turns the
 * top divergence into an action item. Every page is checked with axe-core, in English and
 * Russian.
 */
@IntegrationTest
class SurveysBrowserTests extends BrowserTestSupport {

	@Autowired
	Diagnostics diagnostics;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory directory;

	@Test
	void bothDepartmentsAnswerAndTheTopDivergenceBecomesAnActionItem() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.administration.createUser("mara-" + suffix, "Mara Marketer " + suffix, "mara-" + suffix + "@t.test",
				"password-" + suffix, Role.MARKETING, null, "en");
		this.administration.createUser("rick-" + suffix, "Rick Rep " + suffix, "rick-" + suffix + "@t.test",
				"password-" + suffix, Role.SALES, null, "en");
		CurrentUser admin = CurrentUser.of(this.directory.findByUsername("admin").orElseThrow());
		Questionnaire questionnaire = this.diagnostics.create(null, true, admin);
		String title = "Browser diagnostics " + suffix;
		this.diagnostics.open(questionnaire.id(), title, false, LocalDate.now().plusDays(7), admin);

		answer("mara-" + suffix, suffix, title, 5);
		answer("rick-" + suffix, suffix, title, 1);

		this.browser.login("admin", "admin-password-for-tests");
		this.browser.open("/surveys?lang=en");
		this.driver.findElement(By.linkText(title)).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#divergence-chart canvas")));
		assertThat(this.driver.findElement(By.id("alignment-index")).getText()).isNotEqualTo("—");
		check("analysis");

		WebElement top = this.driver.findElement(By.cssSelector("#point-list > .list-group-item"));
		String task = "Agree the lead definition " + suffix;
		top.findElement(By.cssSelector("input[name=title]")).sendKeys(task);
		new Select(top.findElement(By.cssSelector("select[name=owner]"))).selectByVisibleText("Rick Rep " + suffix);
		click(top.findElement(By.cssSelector(".item-form button[type=submit]")));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("point-list"), task));
		this.driver.get(this.driver.getCurrentUrl().replaceAll("[?#].*", "") + "?lang=ru");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("points"), "Точки расхождения"));
		check("analysis (ru)");
		this.browser.logout();

		this.browser.login("rick-" + suffix, "password-" + suffix);
		this.browser.open("/meetings/items?lang=en");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-items-table"), task));
		assertThat(this.driver.findElement(By.id("my-items-table")).getText()).contains(title);
		this.browser.logout();
		assertThat(this.browser.violations()).as("serious or critical accessibility violations").isEmpty();
	}

	/** Answers every scale question with one point and the rest as it comes. */
	private void answer(String user, String suffix, String title, int point) {
		this.browser.login(user, "password-" + suffix);
		this.browser.open("/surveys?lang=en");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting"), title));
		this.driver.findElement(By.cssSelector("#waiting a.btn")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
		check("answer");
		for (WebElement label : this.driver.findElements(By.cssSelector("label.btn"))) {
			if (label.getText().startsWith(point + " ·")) {
				click(label);
			}
		}
		click(this.driver.findElement(By.cssSelector("#question-3 input[value='" + (point > 3 ? 1 : 2) + "']")));
		this.driver.findElement(By.cssSelector("#question-13 textarea")).sendKeys("Talk more, " + user);
		click(this.driver.findElement(By.id("submit-answers")));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "your answers are in"));
		this.browser.open("/surveys?lang=ru");
		check("diagnostics (ru)");
		this.browser.logout();
	}

	/** Clicks an element once it is scrolled to the middle of the window. */
	private void click(WebElement element) {
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

}
