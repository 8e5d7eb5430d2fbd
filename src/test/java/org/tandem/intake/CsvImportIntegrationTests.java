package org.tandem.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.IntegrationTest;
import org.tandem.platform.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV import through the UI, as a marketer does it: upload a file with a byte-order
 * mark, semicolons, CRLF and quoted fields, map the columns, run it; good rows go in, bad
 * ones (bad email, wrong column count, bad encoding, a formula) are reported by line in a
 * safe CSV.
 */
@IntegrationTest
class CsvImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void goodRowsGoInAndBadRowsAreReportedByLine() throws Exception {
		ImportSession session = new ImportSession(this.port, this.jdbc);
		String id = UUID.randomUUID().toString().substring(0, 8);
		// a person erased at their request is refused when their chunk commits
		this.jdbc.sql("INSERT INTO crm_erasure_tombstone (email_hash, erased_at) VALUES (?, CURRENT_TIMESTAMP)")
			.param(Sha256.hex("fedor." + id + "@import.example"))
			.update();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		file.write(("E-mail;First name;Last name;Company;Job title;Phone\r\n" + "alla." + id
				+ "@import.example;Alla;Petrova;\"Petrova; Sons\";CFO;+7 495 111-22-33\r\n"
				+ "not-an-email;Bad;Email;X;Y;\r\n" + "boris." + id
				+ "@import.example;Boris;Too;Many;Columns;+7 495 111-22-34;extra\r\n" + "clara." + id
				+ "@import.example;Clara;=HYPERLINK(\"http://evil\");C;D;\r\n")
			.getBytes(StandardCharsets.UTF_8));
		file.write(("dina." + id + "@import.example;Di").getBytes(StandardCharsets.UTF_8));
		file.write(new byte[] { (byte) 0xC3, (byte) 0x28 });
		file.write(("na;Orlova;D;E;\r\n" + "egor." + id + "@import.example;Egor;Smirnov;;\"Head of IT\";\r\n" + "fedor."
				+ id + "@import.example;Fedor;Erased;;;\r\n")
			.getBytes(StandardCharsets.UTF_8));
		String job = session.upload("old-crm.csv", file.toByteArray(), Map.of());
		String mapping = session.get("/imports/" + job);
		assertThat(mapping).contains("Petrova; Sons", "E-mail");
		assertThat(mapping).contains("value=\"EMAIL\" selected", "value=\"TITLE\" selected");
		session.run(job, "column0=EMAIL&column1=FIRST_NAME&column2=LAST_NAME&column3=COMPANY&column4=TITLE"
				+ "&column5=PHONE&policy=MERGE");
		assertThat(session.counts(job)).containsExactly(7, 2, 0, 5);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM crm_contact WHERE email_normalized IN (?, ?)")
			.params("alla." + id + "@import.example", "egor." + id + "@import.example")
			.query(Long.class)
			.single()).isEqualTo(2);
		String errors = session.get("/imports/" + job + "/errors.csv");
		assertThat(errors).contains("3,\"email\"", "4,\"columns\"", "5,\"last_name\"", "6,\"first_name\"",
				"8,\"email\"");
		assertThat(session.get("/imports/" + job)).contains("7 rows: 2 new");
		String stored = this.jdbc.sql("SELECT stored_file FROM intake_import WHERE id = ?")
			.param(UUID.fromString(job))
			.query(String.class)
			.single();
		assertThat(java.nio.file.Path.of(stored)).as("the uploaded file is deleted once imported").doesNotExist();
	}

}
