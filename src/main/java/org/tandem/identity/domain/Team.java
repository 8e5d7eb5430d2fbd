package org.tandem.identity.domain;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.TeamSummary;

/**
 * A team of people inside one department.
 */
@Table("identity_team")
public class Team {

	@Id
	private UUID id;

	private String name;

	private TeamKind kind;

	@Version
	private @Nullable Long version;

	Team(UUID id, String name, TeamKind kind, @Nullable Long version) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.version = version;
	}

	public static Team create(String name, TeamKind kind) {
		return new Team(UUID.randomUUID(), name.trim(), kind, null);
	}

	public void rename(String name, TeamKind kind) {
		this.name = name.trim();
		this.kind = kind;
	}

	public TeamId id() {
		return new TeamId(this.id);
	}

	public String name() {
		return this.name;
	}

	public TeamKind kind() {
		return this.kind;
	}

	public TeamSummary summary() {
		return new TeamSummary(id(), this.name, this.kind);
	}

}
