package org.tandem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

import org.tandem.HostileCatalogue.Payload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every markup payload of the hostile catalogue stored where people read it (a contact's
 * name and title, a company, a comment), then the pages that show them opened in a real
 * browser: no payload's script runs, no dialog opens, and no element with an inline event
 * handler exists in any of them.
 */
@IntegrationTest
class HostileInputBrowserTests extends BrowserTestSupport {

	private static final String INJECTED = """
			return window.__xss === 1
				|| Array.from(document.querySelectorAll('*')).some(e =>
					Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on')))
				|| document.querySelectorAll('script:not([src]), iframe, object, embed, base').length > 0;
			""";

	@Test
	void storedScriptNeverRuns() {
		ApiClient api = ApiClient.asAdmin(this.port);
		String marker = "Hostile" + UUID.randomUUID().toString().substring(0, 6);
		List<String> pages = new ArrayList<>();
		for (Payload payload : HostileCatalogue.markup()) {
			ApiClient.Answer contact = api.post("/api/v1/contacts",
					ApiClient.json(Map.of("email", "xss-" + UUID.randomUUID() + "@t.test", "firstName", marker,
							"lastName", payload.value(), "title", payload.value())));
			if (contact.status() == 201) {
				String id = contact.json().path("id").asString();
				api.post("/api/v1/comments/CONTACT/" + id, ApiClient.json(Map.of("body", payload.value())));
				pages.add("/contacts/" + id);
			}
			ApiClient.Answer account = api.post("/api/v1/accounts",
					ApiClient.json(Map.of("name", marker + " " + payload.value())));
			if (account.status() == 201) {
				pages.add("/accounts/" + account.json().path("id").asString());
			}
		}
		assertThat(pages).hasSizeGreaterThan(HostileCatalogue.markup().size());
		pages.add("/contacts?q=" + marker);
		pages.add("/accounts?q=" + marker);
		pages.add("/contacts?q=" + WebSession.encode("<img src=x onerror=window.__xss=1>"));

		// the detector itself sees markup that became markup
		this.driver.get("about:blank");
		((JavascriptExecutor) this.driver)
			.executeScript("document.body.innerHTML = '<b onclick=\"x()\">injected</b>';");
		assertThat(((JavascriptExecutor) this.driver).executeScript(INJECTED)).isEqualTo(Boolean.TRUE);

		this.browser.login("admin", "admin-password-for-tests");
		List<String> ran = new ArrayList<>();
		for (String page : pages) {
			this.browser.open(page);
			try {
				this.driver.switchTo().alert();
				ran.add(page + ": a dialog opened");
			}
			catch (NoAlertPresentException expected) {
				// nothing ran
			}
			Object injected = ((JavascriptExecutor) this.driver).executeScript(INJECTED);
			if (Boolean.TRUE.equals(injected)) {
				ran.add(page);
			}
		}
		System.out.printf("stored script: %d markup payloads on %d pages in the browser, %d ran%n",
				HostileCatalogue.markup().size(), pages.size(), ran.size());
		assertThat(ran).as("pages where stored markup became markup").isEmpty();
	}

}
