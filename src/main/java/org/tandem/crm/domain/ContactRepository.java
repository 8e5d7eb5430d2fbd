package org.tandem.crm.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface ContactRepository extends ListCrudRepository<Contact, UUID> {

	Optional<Contact> findByEmailNormalized(String emailNormalized);

	boolean existsByEmailNormalized(String emailNormalized);

}
