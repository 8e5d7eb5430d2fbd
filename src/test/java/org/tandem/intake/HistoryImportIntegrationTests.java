package org.tandem.intake;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.goals.Kpi;
import org.tandem.goals.KpiFacts;
import org.tandem.goals.KpiFilter;
import org.tandem.goals.Kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A company brings its old CRM's history in: a leads export (semicolons, a byte-order
 * mark, CRLF, day-first dates) and then a deals export joined to it by the old lead ids
 * (tabs, LF, ISO dates). The stages are stored as the import's moves with their original
 * dates, nobody is handed off again, a second run of the deals file changes nothing, bad
 * rows are reported by line, and the KPIs of 2019 count the history like live data.
 */
@IntegrationTest
class HistoryImportIntegrationTests {

	private static final Currency EUR = Currency.getInstance("EUR");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Kpis kpis;

	@Autowired
	KpiFacts facts;

	@Test
	void leadsThenDealsBringTheFunnelOf2019In() throws Exception {
		ImportSession session = new ImportSession(this.port, this.jdbc);
		String id = UUID.randomUUID().toString().substring(0, 8);
		String campaign = "history-" + id;
		ByteArrayOutputStream leads = new ByteArrayOutputStream();
		leads.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		leads.write(String.join("\r\n",
				"Lead ID;E-mail;First name;Last name;Company;Source;Campaign;Owner;Created;MQL date;SQL date;Stage;"
						+ "Stage date",
				row(id, "L1", "ann", "Oldco " + id, "webinar", campaign, "admin", "05.03.2019", "10.03.2019",
						"15.03.2019", "", ""),
				row(id, "L2", "bob", "Oldco " + id, "online ads", campaign, "", "07.03.2019", "12.03.2019", "", "", ""),
				row(id, "L3", "cat", "", "email", campaign, "Admin", "08.03.2019", "", "", "won", "20.04.2019"),
				row(id, "L4", "dan", "", "", campaign, "", "09.03.2019", "01.03.2019", "", "", ""),
				row(id, "L5", "eve", "", "", campaign, "nobody", "10.03.2019", "", "", "", ""),
				row(id, "L6", "fay", "", "", campaign, "", "11.03.2019", "", "", "opportunity", ""),
				row(id, "L7", "gus", "", "", campaign, "", "31.02.2019", "", "", "", ""),
				";;;;Accountonly " + id + ";;;;;;;;", ";;;;Oldco " + id + ";;;;;;;;", "")
			.getBytes(StandardCharsets.UTF_8));
		String first = session.upload("old-crm-leads.csv", leads.toByteArray(), Map.of("kind", "HISTORY"));
		String mapping = session.get("/imports/" + first);
		assertThat(mapping).contains("value=\"d.M.uuuu\" selected", "value=\"semicolon\" selected",
				"value=\"EXTERNAL_ID\" selected", "value=\"MQL_AT\" selected", "value=\"STAGE_AT\" selected",
				"value=\"OWNER\" selected");
		session.run(first, "column0=EXTERNAL_ID&column1=EMAIL&column2=FIRST_NAME&column3=LAST_NAME&column4=COMPANY"
				+ "&column5=SOURCE&column6=CAMPAIGN&column7=OWNER&column8=CREATED_AT&column9=MQL_AT&column10=SQL_AT"
				+ "&column11=STAGE&column12=STAGE_AT&dateFormat=d.M.uuuu");
		assertThat(session.counts(first)).as("an account alone is new the first time, known the second")
			.containsExactly(9, 4, 1, 4);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM crm_account WHERE name IN (?, ?)")
			.params("Accountonly " + id, "Oldco " + id)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(session.get("/imports/" + first + "/errors.csv")).contains("5,\"mql_at\"", "6,\"owner\"",
				"7,\"stage_at\"", "8,\"created_at\"");

		UUID ann = contact("ann." + id);
		assertThat(moves(ann)).containsExactly("LEAD 2019-03-05T00:00:00Z IMPORT", "MQL 2019-03-10T00:00:00Z IMPORT",
				"SQL 2019-03-15T00:00:00Z IMPORT");
		assertThat(this.jdbc.sql("SELECT created_at FROM crm_contact WHERE id = ?")
			.param(ann)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2019-03-05T00:00:00Z"));
		assertThat(moves(contact("cat." + id))).containsExactly("LEAD 2019-03-08T00:00:00Z IMPORT",
				"MQL 2019-04-20T00:00:00Z IMPORT", "SQL 2019-04-20T00:00:00Z IMPORT",
				"OPPORTUNITY 2019-04-20T00:00:00Z IMPORT", "WON 2019-04-20T00:00:00Z IMPORT");
		UUID bob = contact("bob." + id);
		assertThat(
				this.jdbc.sql("SELECT owner_id FROM crm_contact WHERE id = ?").param(bob).query(UUID.class).optional())
			.as("a lead brought in as an MQL of 2019 is not handed off today")
			.isEmpty();

		String deals = String.join("\n",
				"lead_id\tdeal_id\tdeal_name\tamount\tcurrency\twon_at\tlost_at\topportunity_at",
				"L1\tD1-" + id + "\tAnn's licence\t1000\tEUR\t2019-05-02\t\t2019-04-01",
				"L3\tD3-" + id + "\tCat's licence\t12 500,50\teur\t2019-04-20\t\t",
				"L2\tD2-" + id + "\tBob's trial\t300\tEUR\t\t2019-03-20\t", "L9\tD9-" + id + "\tNobody\t5\tEUR\t\t\t",
				"");
		for (int run = 0; run < 2; run++) {
			String second = session.upload("old-crm-deals.tsv", deals.getBytes(StandardCharsets.UTF_8),
					Map.of("kind", "HISTORY"));
			String page = session.get("/imports/" + second);
			assertThat(page).contains("value=\"tab\" selected", "value=\"ISO\" selected");
			session.post("/imports/" + second + "/delimiter", "_csrf=" + ImportSession.csrf(page) + "&delimiter=comma");
			assertThat(session.get("/imports/" + second)).contains("value=\"comma\" selected");
			session.post("/imports/" + second + "/delimiter", "_csrf=" + ImportSession.csrf(page) + "&delimiter=tab");
			session.run(second, "column0=EXTERNAL_ID&column1=DEAL_EXTERNAL_ID&column2=DEAL_NAME&column3=AMOUNT"
					+ "&column4=CURRENCY&column5=WON_AT&column6=LOST_AT&column7=OPPORTUNITY_AT&dateFormat=ISO");
			assertThat(session.counts(second)).as("run " + run).containsExactly(4, 0, 3, 1);
			assertThat(session.get("/imports/" + second + "/errors.csv")).contains("5,\"external_id\"");
		}
		assertThat(moves(ann)).containsExactly("LEAD 2019-03-05T00:00:00Z IMPORT", "MQL 2019-03-10T00:00:00Z IMPORT",
				"SQL 2019-03-15T00:00:00Z IMPORT", "OPPORTUNITY 2019-04-01T00:00:00Z IMPORT",
				"WON 2019-05-02T00:00:00Z IMPORT");
		assertThat(moves(bob)).endsWith("SQL 2019-03-20T00:00:00Z IMPORT", "LOST 2019-03-20T00:00:00Z IMPORT");
		assertThat(this.jdbc
			.sql("SELECT name, amount, currency, closed_at FROM crm_deal WHERE name IN (?, ?, ?) ORDER BY name")
			.params("Ann's licence", "Cat's licence", "Bob's trial")
			.query((rs, row) -> rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString() + " " + rs.getString(3)
					+ " " + rs.getObject(4, java.time.OffsetDateTime.class).toInstant())
			.list()).containsExactly("Ann's licence 1000.00 EUR 2019-05-02T00:00:00Z",
					"Bob's trial 300.00 EUR 2019-03-20T00:00:00Z", "Cat's licence 12500.50 EUR 2019-04-20T00:00:00Z");

		this.facts.catchUp();
		await().until(() -> count(Kpi.DEALS_WON, campaign, "2019-05-01", "2019-05-31") == 1);
		assertThat(count(Kpi.LEADS_CREATED, campaign, "2019-03-01", "2019-03-31")).isEqualTo(3);
		assertThat(count(Kpi.MQLS, campaign, "2019-03-01", "2019-03-31")).isEqualTo(2);
		assertThat(count(Kpi.SQLS, campaign, "2019-03-01", "2019-03-31")).isEqualTo(2);
		assertThat(count(Kpi.MQLS, campaign, "2019-04-01", "2019-04-30")).isEqualTo(1);
		assertThat(count(Kpi.DEALS_WON, campaign, "2019-04-01", "2019-04-30")).isEqualTo(1);
		assertThat(this.kpis.value(Kpi.WON_REVENUE, filter(campaign, "2019-04-01", "2019-04-30")).scalar(EUR))
			.isEqualByComparingTo(new BigDecimal("12500.50"));
		assertThat(this.kpis.value(Kpi.WON_REVENUE, filter(campaign, "2019-01-01", "2019-12-31")).scalar(EUR))
			.isEqualByComparingTo(new BigDecimal("13500.50"));
	}

	private static String row(String id, String lead, String name, String company, String source, String campaign,
			String owner, String created, String mql, String sql, String stage, String stageAt) {
		return String.join(";", lead, name + "." + id + "@history.example",
				name.substring(0, 1).toUpperCase() + name.substring(1), "Old", company, source, campaign, owner,
				created, mql, sql, stage, stageAt);
	}

	private UUID contact(String local) {
		return this.jdbc.sql("SELECT id FROM crm_contact WHERE email_normalized = ?")
			.param(local + "@history.example")
			.query(UUID.class)
			.single();
	}

	private List<String> moves(UUID contact) {
		return this.jdbc
			.sql("SELECT to_stage, at, actor_kind FROM funnel_transition WHERE contact_id = ? ORDER BY at, seq")
			.param(contact)
			.query((rs, row) -> rs.getString(1) + " " + rs.getObject(2, java.time.OffsetDateTime.class).toInstant()
					+ " " + rs.getString(3))
			.list();
	}

	private long count(Kpi kpi, String campaign, String from, String to) {
		Long numerator = this.kpis.value(kpi, filter(campaign, from, to)).numerator();
		return numerator == null ? 0 : numerator;
	}

	private static KpiFilter filter(String campaign, String from, String to) {
		return new KpiFilter(LocalDate.parse(from), LocalDate.parse(to), null, null, null, campaign, null);
	}

}
