package org.tandem.crm;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.domain.Pipeline;
import org.tandem.crm.domain.PipelineRepository;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * Deal pipelines and their stages, editable by an admin.
 */
@Service
@Transactional
public class PipelineCatalogue {

	private final PipelineRepository pipelines;

	PipelineCatalogue(PipelineRepository pipelines) {
		this.pipelines = pipelines;
	}

	@Transactional(readOnly = true)
	public List<PipelineView> all() {
		return this.pipelines.findAllOrdered().stream().map(Pipeline::view).toList();
	}

	@Transactional(readOnly = true)
	public PipelineView get(UUID id) {
		return this.pipelines.findById(id).map(Pipeline::view).orElseThrow(() -> new NotFoundException("Pipeline", id));
	}

	public PipelineView create(String name, @Nullable String productLine, List<PipelineView.Stage> stages) {
		if (this.pipelines.existsByName(name.strip())) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "name", "a pipeline with this name exists");
		}
		Pipeline pipeline = Pipeline.create(name, productLine, (int) this.pipelines.count(), stages);
		this.pipelines.save(pipeline);
		return pipeline.view();
	}

	public PipelineView change(UUID id, String name, @Nullable String productLine, List<PipelineView.Stage> stages,
			long version) {
		Pipeline pipeline = this.pipelines.findById(id).orElseThrow(() -> new NotFoundException("Pipeline", id));
		if (pipeline.view().version() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException("pipeline " + id + " changed");
		}
		pipeline.change(name, productLine, stages);
		this.pipelines.save(pipeline);
		return pipeline.view();
	}

}
