package org.tandem.conflicts.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.conflicts.Conflict;
import org.tandem.conflicts.Conflicts;
import org.tandem.conflicts.Note;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.meetings.ActionItem;
import org.tandem.platform.NotFoundException;

/**
 * The conflicts the caller may see, over JSON: the same rule as the pages, so a token
 * reads only the conflicts its person is party to or oversees.
 */
@RestController
@RequestMapping("/api/v1/conflicts")
class ConflictApiController {

	/** A conflict with its action plan and notes. */
	record ConflictView(Conflict conflict, List<ActionItem> plan, List<Note> notes) {
	}

	private final Conflicts conflicts;

	ConflictApiController(Conflicts conflicts) {
		this.conflicts = conflicts;
	}

	@GetMapping
	List<Conflict> list() {
		return this.conflicts.visibleTo(CurrentUsers.require());
	}

	@GetMapping("/{id}")
	ConflictView one(@PathVariable UUID id) {
		CurrentUser me = CurrentUsers.require();
		Conflict conflict = this.conflicts.find(id, me).orElseThrow(() -> new NotFoundException("Conflict", id));
		return new ConflictView(conflict, this.conflicts.plan(conflict), this.conflicts.notes(conflict));
	}

}
