package org.tandem.notifications.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserSummary;
import org.tandem.notifications.Comment;
import org.tandem.notifications.CommentSubject;
import org.tandem.notifications.Comments;

/**
 * Comments over JSON: the talk on a lead, a deal, a campaign, a meeting or an action item
 * the caller may see, and adding to it with @mentions.
 */
@RestController
@RequestMapping("/api/v1/comments")
class CommentApiController {

	/** A comment to write; {@code @username} tells that person. */
	record CommentRequest(@NotBlank @Size(max = 4000) String body) {
	}

	/** The comment written and the usernames it told. */
	record Posted(Comment comment, List<String> told) {
	}

	private final Comments comments;

	CommentApiController(Comments comments) {
		this.comments = comments;
	}

	@GetMapping("/{subject}/{id}")
	List<Comment> thread(@PathVariable CommentSubject subject, @PathVariable UUID id) {
		return this.comments.on(subject, id, CurrentUsers.require());
	}

	@PostMapping("/{subject}/{id}")
	ResponseEntity<Posted> add(@PathVariable CommentSubject subject, @PathVariable UUID id,
			@Valid @RequestBody CommentRequest request) {
		Comments.Posted posted = this.comments.add(subject, id, request.body(), CurrentUsers.require());
		return ResponseEntity.created(URI.create("/api/v1/comments/" + subject + "/" + id))
			.body(new Posted(posted.comment(), posted.told().stream().map(UserSummary::username).toList()));
	}

}
