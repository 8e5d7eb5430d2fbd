package org.tandem.identity.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TeamRepository extends ListCrudRepository<Team, UUID> {

	@Query("SELECT * FROM identity_team ORDER BY name")
	List<Team> findAllOrdered();

	boolean existsByName(String name);

}
