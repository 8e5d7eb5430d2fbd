/**
 * People and access: users, teams (marketing, sales, leadership), roles, rep profiles
 * (specialisations, capacity, availability) and API tokens. Authentication and the route
 * policy live here because every other module builds on them.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package org.tandem.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
