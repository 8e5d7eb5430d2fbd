package org.tandem.analytics;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.PdfText;
import org.tandem.WebSession;
import org.tandem.identity.Role;
import org.tandem.identity.domain.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved report delivered by email through a real SMTP server: only to Tandem users, as
 * a PDF in which the tables can be read back and as one safe CSV per table; the same PDF
 * downloads from the dashboard, in Russian too.
 */
@IntegrationTest
class ReportDeliveryIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Test
	void aSavedReportGoesByEmailAsPdfAndCsvToTandemUsersOnly() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.administration.createUser("head-" + suffix, "Head " + suffix, "head-" + suffix + "@t.test",
				"password-" + suffix, Role.MANAGER, null, "en");
		this.administration.createUser("rep-" + suffix, "Rep " + suffix, "rep-" + suffix + "@t.test",
				"password-" + suffix, Role.SALES, null, "en");
		WebSession admin = WebSession.admin(this.port);
		String name = "Weekly funnel " + suffix;
		assertThat(admin
			.submit("/analytics", "/analytics/reports",
					"name=" + WebSession.encode(name) + "&dashboard=FUNNEL&query="
							+ WebSession.encode("from=2026-01-01&to=2026-03-31"))
			.statusCode()).isEqualTo(302);
		UUID report = this.jdbc.sql("SELECT id FROM analytics_report WHERE name = ?")
			.param(name)
			.query(UUID.class)
			.single();

		admin.submit("/analytics", "/analytics/reports/" + report + "/schedules",
				"dashboard=FUNNEL&cadence=WEEKLY&pdf=true&recipients=" + WebSession.encode("someone@outside.example"));
		assertThat(schedules(report)).as("a report never goes to an outside address").isZero();
		assertThat(admin
			.submit("/analytics", "/analytics/reports/" + report + "/schedules",
					"dashboard=FUNNEL&cadence=WEEKLY&pdf=true&csv=true&recipients="
							+ WebSession.encode("admin@tandem.local, head-" + suffix + "@t.test"))
			.statusCode()).isEqualTo(302);
		UUID schedule = this.jdbc.sql("SELECT id FROM analytics_schedule WHERE report_id = ?")
			.param(report)
			.query(UUID.class)
			.single();
		OffsetDateTime next = this.jdbc.sql("SELECT next_run_at FROM analytics_schedule WHERE id = ?")
			.param(schedule)
			.query(OffsetDateTime.class)
			.single();
		assertThat(next.withOffsetSameInstant(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

		WebSession rep = new WebSession(this.port, "rep-" + suffix, "password-" + suffix);
		assertThat(
				rep.submit("/analytics", "/analytics/schedules/" + schedule + "/send", "dashboard=FUNNEL").statusCode())
			.as("only its owner or a head sends a delivery")
			.isEqualTo(403);
		assertThat(admin.submit("/analytics", "/analytics/schedules/" + schedule + "/send", "dashboard=FUNNEL")
			.statusCode()).isEqualTo(302);
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).contains(name);
		Map<String, byte[]> attachments = attachments(message);
		byte[] pdf = attachments.entrySet()
			.stream()
			.filter(file -> file.getKey().endsWith(".pdf"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow();
		assertThat(PdfText.of(pdf)).contains(name, "End-to-end funnel of the period's leads");
		List<String> csvs = attachments.entrySet()
			.stream()
			.filter(file -> file.getKey().endsWith(".csv"))
			.map(file -> new String(file.getValue(), StandardCharsets.UTF_8))
			.toList();
		assertThat(csvs).hasSize(5).anySatisfy(csv -> assertThat(csv).startsWith("\"Stage\""));
		assertThat(this.jdbc.sql("SELECT last_status FROM analytics_schedule WHERE id = ?")
			.param(schedule)
			.query(String.class)
			.single()).isEqualTo("SENT");
	}

	@Test
	void theDashboardDownloadsAsAPdfInEitherLanguage() throws Exception {
		WebSession admin = WebSession.admin(this.port);
		HttpResponse<byte[]> english = admin.bytes("/analytics/export.pdf?dashboard=COHORTS");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(PdfText.of(english.body())).contains("Cohorts by month of entry");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.administration.createUser("ru-" + suffix, "Руководитель " + suffix, "ru-" + suffix + "@t.test",
				"password-" + suffix, Role.MANAGER, null, "ru");
		WebSession head = new WebSession(this.port, "ru-" + suffix, "password-" + suffix);
		HttpResponse<byte[]> russian = head.bytes("/analytics/export.pdf?dashboard=FUNNEL");
		assertThat(PdfText.of(russian.body())).contains("Сквозная воронка");
	}

	private long schedules(UUID report) {
		return this.jdbc.sql("SELECT COUNT(*) FROM analytics_schedule WHERE report_id = ?")
			.param(report)
			.query(Long.class)
			.single();
	}

	/** The attached files of a message, by name. */
	private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		collect((Multipart) message.getContent(), files);
		return files;
	}

	private static void collect(Multipart multipart, Map<String, byte[]> into) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContent() instanceof Multipart nested) {
				collect(nested, into);
			}
			else if (part.getFileName() != null) {
				into.put(part.getFileName(), part.getInputStream().readAllBytes());
			}
		}
	}

}
