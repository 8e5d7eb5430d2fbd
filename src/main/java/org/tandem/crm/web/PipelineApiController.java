package org.tandem.crm.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.crm.PipelineCatalogue;
import org.tandem.crm.PipelineView;

/**
 * Deal pipelines over JSON: everyone reads, admins change.
 */
@RestController
@RequestMapping("/api/v1/pipelines")
class PipelineApiController {

	record StageRequest(@Nullable UUID id, @NotBlank @Size(max = 80) String name, int probability,
			@NotBlank String outcome) {
	}

	record PipelineRequest(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 80) String productLine,
			@NotEmpty @Size(max = 30) List<@Valid StageRequest> stages, long version) {

		List<PipelineView.Stage> stageViews() {
			return this.stages.stream()
				.map(stage -> new PipelineView.Stage(stage.id() == null ? UUID.randomUUID() : stage.id(), stage.name(),
						stage.probability(), stage.outcome().strip().toUpperCase(java.util.Locale.ROOT)))
				.toList();
		}

	}

	private final PipelineCatalogue pipelines;

	PipelineApiController(PipelineCatalogue pipelines) {
		this.pipelines = pipelines;
	}

	@GetMapping
	List<PipelineView> all() {
		return this.pipelines.all();
	}

	@GetMapping("/{id}")
	PipelineView get(@PathVariable UUID id) {
		return this.pipelines.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PipelineView create(@Valid @RequestBody PipelineRequest request) {
		return this.pipelines.create(request.name(), request.productLine(), request.stageViews());
	}

	@PutMapping("/{id}")
	PipelineView change(@PathVariable UUID id, @Valid @RequestBody PipelineRequest request) {
		return this.pipelines.change(id, request.name(), request.productLine(), request.stageViews(),
				request.version());
	}

}
