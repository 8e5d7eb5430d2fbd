package org.tandem.scoring.domain;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import com.google.protobuf.InvalidProtocolBufferException;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.scoring.ModelStatus;

/**
 * Learned models with their measurements. The latest is kept in memory once read.
 */
@Component
public class ModelStore {

	private final JdbcClient jdbc;

	private volatile Loaded cache;

	ModelStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A model with its measurements. */
	public record Loaded(UUID id, ModelStatus status, Model<Label> model) {
	}

	public void save(ModelStatus status, Model<Label> model) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO scoring_model (id, trained_at, examples, positives, held_out, auc, rule_auc, model) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, Timestamp.from(status.trainedAt()), status.examples(), status.positives(), status.heldOut(),
					status.auc(), status.ruleAuc(), Base64.getEncoder().encodeToString(model.serialize().toByteArray()))
			.update();
		this.cache = new Loaded(id, status, model);
	}

	public Optional<Loaded> latest() {
		Optional<UUID> id = this.jdbc.sql("SELECT id FROM scoring_model ORDER BY trained_at DESC LIMIT 1")
			.query(UUID.class)
			.optional();
		if (id.isEmpty()) {
			return Optional.empty();
		}
		Loaded cached = this.cache;
		if (cached != null && cached.id().equals(id.get())) {
			return Optional.of(cached);
		}
		Loaded loaded = this.jdbc.sql("SELECT * FROM scoring_model WHERE id = ?")
			.param(id.get())
			.query((rs, row) -> new Loaded(id.get(),
					new ModelStatus(rs.getObject("trained_at", OffsetDateTime.class).toInstant(), rs.getInt("examples"),
							rs.getInt("positives"), rs.getInt("held_out"), rs.getDouble("auc"),
							rs.getDouble("rule_auc")),
					read(rs.getString("model"))))
			.single();
		this.cache = loaded;
		return Optional.of(loaded);
	}

	@SuppressWarnings("unchecked")
	private static Model<Label> read(String encoded) {
		try {
			return (Model<Label>) Model.deserialize(ModelProto.parseFrom(Base64.getDecoder().decode(encoded)));
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException("a stored scoring model cannot be read", ex);
		}
	}

}
