package org.tandem.funnel.domain;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface LifecycleRepository extends ListCrudRepository<Lifecycle, UUID> {

}
