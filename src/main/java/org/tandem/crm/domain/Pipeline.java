package org.tandem.crm.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.crm.PipelineView;
import org.tandem.platform.InputRejectedException;

/**
 * A deal pipeline: ordered stages, each with a win probability and an outcome.
 */
@Table("crm_pipeline")
public class Pipeline {

	@Id
	private UUID id;

	private String name;

	private @Nullable String productLine;

	private int position;

	@MappedCollection(idColumn = "pipeline_id", keyColumn = "position")
	private List<PipelineStage> stages = new ArrayList<>();

	@Version
	private @Nullable Long version;

	Pipeline() {
		this.id = UUID.randomUUID();
		this.name = "";
	}

	public static Pipeline create(String name, @Nullable String productLine, int position,
			List<PipelineView.Stage> stages) {
		Pipeline pipeline = new Pipeline();
		pipeline.position = position;
		pipeline.change(name, productLine, stages);
		return pipeline;
	}

	/**
	 * Replaces name and stages. Stage ids are kept so that deals keep their stage.
	 */
	public void change(String name, @Nullable String productLine, List<PipelineView.Stage> stages) {
		if (stages.isEmpty()) {
			throw new InputRejectedException("stages", "a pipeline needs at least one stage");
		}
		Set<String> names = new HashSet<>();
		for (PipelineView.Stage stage : stages) {
			if (stage.probability() < 0 || stage.probability() > 100) {
				throw new InputRejectedException("stages.probability", "must be between 0 and 100");
			}
			if (!names.add(stage.name().strip().toLowerCase(java.util.Locale.ROOT))) {
				throw new InputRejectedException("stages.name", "stage names must be unique");
			}
			if (!Set.of("OPEN", "WON", "LOST").contains(stage.outcome())) {
				throw new InputRejectedException("stages.outcome", "must be OPEN, WON or LOST");
			}
		}
		this.name = name.strip();
		this.productLine = productLine == null || productLine.isBlank() ? null : productLine.strip();
		this.stages = new ArrayList<>(stages.stream()
			.map(stage -> new PipelineStage(stage.id(), stage.name().strip(), stage.probability(), stage.outcome()))
			.toList());
	}

	public PipelineView view() {
		return new PipelineView(this.id, this.name, this.productLine, this.stages.stream()
			.map(stage -> new PipelineView.Stage(stage.id(), stage.name(), stage.probability(), stage.outcome()))
			.toList(), this.version == null ? 0 : this.version);
	}

	public int position() {
		return this.position;
	}

	/**
	 * A stage of a pipeline.
	 */
	@Table("crm_pipeline_stage")
	record PipelineStage(UUID id, String name, int probability, String outcome) {
	}

}
