package org.tandem.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	@Query("SELECT * FROM identity_api_token ORDER BY created_at DESC")
	List<ApiToken> findAllNewestFirst();

	@Modifying
	@Query("UPDATE identity_api_token SET last_used_at = :at WHERE id = :id "
			+ "AND (last_used_at IS NULL OR last_used_at < :before)")
	void touch(UUID id, Instant at, Instant before);

}
