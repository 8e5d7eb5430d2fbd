package org.tandem.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.identity.Role;

public interface UserRepository extends ListCrudRepository<User, UUID> {

	Optional<User> findByUsername(String username);

	@Query("SELECT * FROM identity_user ORDER BY display_name")
	List<User> findAllOrdered();

	List<User> findByRole(Role role);

	boolean existsByUsername(String username);

}
