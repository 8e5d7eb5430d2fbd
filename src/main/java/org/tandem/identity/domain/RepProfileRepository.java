package org.tandem.identity.domain;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface RepProfileRepository extends ListCrudRepository<RepProfileRecord, UUID> {

}
