package org.tandem.identity.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.identity.Role;

/**
 * The admin's user form; the password is required only when creating.
 */
record UserForm(
		@NotBlank @Size(max = 60) @Pattern(regexp = "^[A-Za-z0-9._-]+$",
				message = "{validation.username}") String username,
		@NotBlank @Size(max = 120) String displayName, @NotBlank @Email @Size(max = 254) String email,
		@Nullable @Size(max = 200) String password, @NotNull Role role, @Nullable UUID team,
		@Pattern(regexp = "^(en|ru)$") String locale, boolean enabled) {

	static UserForm empty() {
		return new UserForm("", "", "", "", Role.MARKETING, null, "en", true);
	}

}
