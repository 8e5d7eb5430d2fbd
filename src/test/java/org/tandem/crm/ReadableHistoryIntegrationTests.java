package org.tandem.crm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tandem.ApiClient;
import org.tandem.ApiClient.Answer;
import org.tandem.IntegrationTest;
import org.tandem.WebSession;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's history reads as people speak: the owner, account and deal stage by name,
 * codes and field names in the page's language, never a bare id.
 */
@IntegrationTest
class ReadableHistoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ContactManagement contacts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDirectory users;

	@Autowired
	ReadableHistory history;

	@Test
	void aLeadsTimelineNamesItsNewOwnerAndAccountInThePagesLanguage() throws Exception {
		UserSummary admin = this.users.findByUsername("admin").orElseThrow();
		AccountId account = this.accounts.findOrCreate("Readable History Bank", null);
		ContactSummary contact = this.contacts.create(new ContactDraft("readable.history@bank.example", "Vera",
				"Readable", null, "CFO", null, Channel.WEB_FORM, null, null, "ru", Map.of(), null));
		this.contacts.assignOwner(contact.id(), admin.id());
		ContactSummary current = this.contacts.get(contact.id(), CurrentUser.SYSTEM);
		this.contacts.update(
				contact.id(), new ContactDraft(current.email(), current.firstName(), current.lastName(), null,
						current.title(), account, Channel.WEBINAR, null, null, "ru", Map.of(), current.version()),
				CurrentUser.SYSTEM);

		List<ReadableHistory.Line> lines = this.history.ofContact(contact.id(), CurrentUser.SYSTEM);
		assertThat(lines).anySatisfy(line -> {
			assertThat(line.fieldKey()).isEqualTo("audit.field.owner");
			assertThat(line.oldValue()).isNull();
			assertThat(line.newValue()).isEqualTo(new ReadableHistory.Shown(admin.displayName(), false));
		});
		assertThat(lines).anySatisfy(line -> {
			assertThat(line.field()).isEqualTo("account");
			assertThat(line.newValue()).isEqualTo(new ReadableHistory.Shown("Readable History Bank", false));
		});
		assertThat(lines).anySatisfy(line -> {
			assertThat(line.field()).isEqualTo("sourceChannel");
			assertThat(line.oldValue()).isEqualTo(new ReadableHistory.Shown("channel.WEB_FORM", true));
			assertThat(line.newValue()).isEqualTo(new ReadableHistory.Shown("channel.WEBINAR", true));
		});

		String page = WebSession.admin(this.port).get("/contacts/" + contact.id().value() + "?lang=ru");
		String timeline = page.substring(page.indexOf("id=\"timeline\""));
		timeline = timeline.substring(0, timeline.indexOf("</ol>"));
		assertThat(timeline).contains("ответственный", "— → " + admin.displayName(), "компания",
				"Readable History Bank", "Веб-форма → Вебинар");
		assertThat(timeline).doesNotContain(admin.id().value().toString(), account.value().toString(), "WEB_FORM",
				"null");
	}

	@Test
	void aDealsHistoryNamesItsStages() throws Exception {
		ApiClient api = ApiClient.asAdmin(this.port);
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Readable licence");
		body.put("pipeline", DealApiIntegrationTests.SALES_PIPELINE);
		body.put("amount", "100");
		body.put("currency", "EUR");
		Answer created = api.post("/api/v1/deals", ApiClient.json(body));
		String id = created.json().path("id").asString();
		String won = "00000000-0000-0000-0000-00000000b004";
		body.put("stage", won);
		body.put("version", created.json().path("version").asLong());
		assertThat(api.put("/api/v1/deals/" + id, ApiClient.json(body)).status()).isEqualTo(200);

		String page = WebSession.admin(this.port).get("/deals/" + id);
		String history = page.substring(page.indexOf("<caption class=\"visually-hidden\">Change history"));
		history = history.substring(0, history.indexOf("</table>"));
		assertThat(history).contains("stage", "Discovery", "Won");
		assertThat(history).doesNotContain(won, DealApiIntegrationTests.SALES_PIPELINE);
	}

}
