package org.tandem.crm.domain;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface DealRepository extends ListCrudRepository<Deal, UUID> {

}
