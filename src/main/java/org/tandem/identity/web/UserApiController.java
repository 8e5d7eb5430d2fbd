package org.tandem.identity.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.TeamSummary;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserSummary;

/**
 * People and teams, read-only, for clients that assign owners.
 */
@RestController
@RequestMapping("/api/v1")
class UserApiController {

	private final UserDirectory directory;

	UserApiController(UserDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/users")
	List<UserSummary> users() {
		return this.directory.all();
	}

	@GetMapping("/teams")
	List<TeamSummary> teams() {
		return this.directory.teams();
	}

}
