package org.tandem.goals.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalDraft;
import org.tandem.goals.GoalId;
import org.tandem.goals.GoalManagement;
import org.tandem.goals.GoalProgress;
import org.tandem.goals.GoalRevision;
import org.tandem.goals.GoalTarget;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserId;

/**
 * SMART goals over JSON: set by the heads, read by everyone, with their progress.
 */
@RestController
@RequestMapping("/api/v1/goals")
class GoalApiController {

	private final GoalManagement goals;

	GoalApiController(GoalManagement goals) {
		this.goals = goals;
	}

	/** A goal's new name and owners; {@code version} guards against a stale edit. */
	record GoalChange(@NotBlank @Size(max = 150) String name, @NotEmpty @Size(max = 20) List<UserId> owners,
			@NotNull Long version) {
	}

	/** A new target and why; {@code version} guards against a stale edit. */
	record Revision(@NotNull @Valid GoalTarget target, @NotNull Long version) {
	}

	/** The goals running now or ended in the last 90 days, with their progress. */
	@GetMapping
	List<GoalProgress> current() {
		return this.goals.current();
	}

	@PostMapping
	ResponseEntity<Goal> create(@Valid @RequestBody GoalDraft draft) {
		Goal created = this.goals.create(draft, CurrentUsers.require());
		return ResponseEntity.created(URI.create("/api/v1/goals/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	GoalProgress progress(@PathVariable UUID id) {
		return this.goals.progress(new GoalId(id));
	}

	@PutMapping("/{id}")
	Goal change(@PathVariable UUID id, @Valid @RequestBody GoalChange change) {
		return this.goals.update(new GoalId(id), change.name(), change.owners(), change.version());
	}

	@GetMapping("/{id}/revisions")
	List<GoalRevision> revisions(@PathVariable UUID id) {
		return this.goals.revisions(new GoalId(id));
	}

	@PostMapping("/{id}/revisions")
	ResponseEntity<Goal> revise(@PathVariable UUID id, @Valid @RequestBody Revision revision) {
		Goal revised = this.goals.revise(new GoalId(id), revision.target(), revision.version(), CurrentUsers.require());
		return ResponseEntity.created(URI.create("/api/v1/goals/" + id + "/revisions")).body(revised);
	}

	/** Every goal ever set, without progress. */
	@GetMapping("/all")
	List<Goal> all() {
		return this.goals.all();
	}

}
