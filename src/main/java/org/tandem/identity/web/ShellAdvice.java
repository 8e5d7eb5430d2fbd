package org.tandem.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;

/**
 * Gives every page the signed-in person ({@code me}) and the current path for the
 * navigation.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellAdvice {

	@ModelAttribute("me")
	@Nullable CurrentUser me() {
		return CurrentUsers.find().orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
