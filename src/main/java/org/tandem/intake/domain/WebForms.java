package org.tandem.intake.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.crm.Channel;
import org.tandem.intake.FormField;
import org.tandem.intake.WebForm;

/**
 * The stored web form definitions.
 */
@Component
public class WebForms {

	private final JdbcClient jdbc;

	WebForms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<WebForm> all() {
		return this.jdbc.sql("SELECT * FROM intake_form ORDER BY name").query(WebForms::map).list();
	}

	public Optional<WebForm> bySlug(String slug) {
		return this.jdbc.sql("SELECT * FROM intake_form WHERE slug = ?").param(slug).query(WebForms::map).optional();
	}

	public Optional<WebForm> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM intake_form WHERE id = ?").param(id).query(WebForms::map).optional();
	}

	public boolean slugTaken(String slug, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM intake_form WHERE slug = ? AND id <> ?")
			.params(slug, except)
			.query(Long.class)
			.single() > 0;
	}

	public void save(WebForm form, Instant now) {
		String fields = form.fields().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		int updated = this.jdbc
			.sql("UPDATE intake_form SET name = ?, slug = ?, source_channel = ?, campaign = ?, fields = ?, "
					+ "consent_text = ?, thank_you_text = ?, redirect_url = ?, active = ?, version = version + 1 "
					+ "WHERE id = ?")
			.params(form.name(), form.slug(), form.source().name(), form.campaign(), fields, form.consentText(),
					form.thankYouText(), form.redirectUrl(), form.active(), form.id())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO intake_form (id, name, slug, source_channel, campaign, fields, consent_text, "
						+ "thank_you_text, redirect_url, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(form.id(), form.name(), form.slug(), form.source().name(), form.campaign(), fields,
						form.consentText(), form.thankYouText(), form.redirectUrl(), form.active(), Timestamp.from(now))
				.update();
		}
	}

	private static WebForm map(ResultSet rs, int row) throws SQLException {
		Set<FormField> fields = EnumSet.noneOf(FormField.class);
		Arrays.stream(rs.getString("fields").split(","))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.forEach(name -> fields.add(FormField.valueOf(name.toUpperCase(Locale.ROOT))));
		return new WebForm(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("slug"),
				Channel.valueOf(rs.getString("source_channel")), rs.getString("campaign"), fields,
				rs.getString("consent_text"), rs.getString("thank_you_text"), rs.getString("redirect_url"),
				rs.getBoolean("active"));
	}

}
