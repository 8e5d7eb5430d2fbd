package org.tandem.crm.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ContactRepository extends ListCrudRepository<Contact, UUID> {

	// written out: a derived query is parsed again on every call
	@Query("SELECT * FROM crm_contact WHERE email_normalized IN (:emailsNormalized)")
	List<Contact> findAllByEmailNormalizedIn(Collection<String> emailsNormalized);

	@Query("SELECT COUNT(*) > 0 FROM crm_contact WHERE email_normalized = :emailNormalized")
	boolean existsByEmailNormalized(String emailNormalized);

}
