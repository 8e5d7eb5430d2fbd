package org.tandem.funnel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * The configurable reason lists (rejection, disqualification, loss). Reasons are retired,
 * never deleted, so old transitions keep their meaning.
 */
@Service
@Transactional
public class ReasonCatalogue {

	private final JdbcClient jdbc;

	ReasonCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Reason> all() {
		return this.jdbc.sql("SELECT * FROM funnel_reason ORDER BY kind, position, code")
			.query((rs, row) -> new Reason(rs.getObject("id", UUID.class), ReasonKind.valueOf(rs.getString("kind")),
					rs.getString("code"), rs.getString("label_en"), rs.getString("label_ru"), rs.getBoolean("active"),
					rs.getInt("position")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Reason> active(ReasonKind kind) {
		return all().stream().filter(reason -> reason.kind() == kind && reason.active()).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Reason> find(ReasonKind kind, String code) {
		return all().stream().filter(reason -> reason.kind() == kind && reason.code().equals(code)).findFirst();
	}

	@Transactional(readOnly = true)
	public Map<String, String> labels(Locale locale) {
		return all().stream()
			.collect(Collectors.toMap(Reason::code, reason -> reason.label(locale), (first, second) -> first));
	}

	public Reason add(ReasonKind kind, String code, String labelEn, String labelRu) {
		String normalised = code.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
		if (normalised.isEmpty() || normalised.length() > 60) {
			throw new InputRejectedException(HttpStatus.BAD_REQUEST, "code", "must be 1 to 60 letters or digits");
		}
		if (find(kind, normalised).isPresent()) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "code", "this reason exists");
		}
		int position = all().stream().filter(reason -> reason.kind() == kind).mapToInt(Reason::position).max().orElse(0)
				+ 1;
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO funnel_reason (id, kind, code, label_en, label_ru, active, position) "
					+ "VALUES (?, ?, ?, ?, ?, TRUE, ?)")
			.params(id, kind.name(), normalised, labelEn.strip(), labelRu.strip(), position)
			.update();
		return new Reason(id, kind, normalised, labelEn.strip(), labelRu.strip(), true, position);
	}

	public void setActive(UUID id, boolean active) {
		int updated = this.jdbc.sql("UPDATE funnel_reason SET active = ? WHERE id = ?").params(active, id).update();
		if (updated == 0) {
			throw new NotFoundException("Reason", id);
		}
	}

}
