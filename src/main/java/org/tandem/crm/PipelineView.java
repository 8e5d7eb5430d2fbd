package org.tandem.crm;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A deal pipeline with its ordered stages.
 */
public record PipelineView(UUID id, String name, @Nullable String productLine, List<Stage> stages, long version) {

	/**
	 * A pipeline stage; {@code outcome} is OPEN, WON or LOST.
	 */
	public record Stage(UUID id, String name, int probability, String outcome) {
	}

	public Stage stage(UUID stageId) {
		return this.stages.stream()
			.filter(stage -> stage.id().equals(stageId))
			.findFirst()
			.orElseThrow(() -> new org.tandem.platform.InputRejectedException("stage", "not a stage of this pipeline"));
	}

}
