package org.tandem.crm.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PipelineRepository extends ListCrudRepository<Pipeline, UUID> {

	@Query("SELECT * FROM crm_pipeline ORDER BY position, name")
	List<Pipeline> findAllOrdered();

	boolean existsByName(String name);

}
