package org.tandem.identity.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.identity.Role;
import org.tandem.identity.UserId;
import org.tandem.identity.domain.ApiTokens;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.identity.domain.UserRepository;

/**
 * On an empty database: creates the first admin (password from
 * {@code TANDEM_ADMIN_PASSWORD}, or generated and printed once) and, when
 * {@code TANDEM_BOOTSTRAP_TOKEN} is set, an admin API token with exactly that value.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final UserRepository users;

	private final UserAdministration administration;

	private final ApiTokens tokens;

	private final String adminPassword;

	private final String bootstrapToken;

	private final String port;

	FirstStart(UserRepository users, UserAdministration administration, ApiTokens tokens,
			@Value("${tandem.admin-password:}") String adminPassword,
			@Value("${tandem.bootstrap-token:}") String bootstrapToken, @Value("${server.port:8080}") String port) {
		this.users = users;
		this.administration = administration;
		this.tokens = tokens;
		this.adminPassword = adminPassword;
		this.bootstrapToken = bootstrapToken;
		this.port = port;
	}

	@Override
	public void run(ApplicationArguments args) {
		UserId admin = this.users.findByUsername("admin").map(user -> user.id()).orElseGet(this::createAdmin);
		if (!this.bootstrapToken.isBlank() && !this.tokens.existsWithSecret(this.bootstrapToken)) {
			this.tokens.issueWithSecret("bootstrap", Role.ADMIN, admin, this.bootstrapToken);
			log.info("Created the bootstrap API token from TANDEM_BOOTSTRAP_TOKEN");
		}
	}

	private UserId createAdmin() {
		boolean generated = this.adminPassword.isBlank();
		String password = generated ? generatePassword() : this.adminPassword;
		UserId id = this.administration.createUser("admin", "Administrator", "admin@tandem.local", password, Role.ADMIN,
				null, "en");
		if (generated) {
			log.info("\n\n    Tandem is ready. Log in at http://localhost:{}/ as user 'admin' with password '{}'\n"
					+ "    (shown once; set TANDEM_ADMIN_PASSWORD to choose it).\n", this.port, password);
		}
		else {
			log.info("Created user 'admin' with the password from TANDEM_ADMIN_PASSWORD");
		}
		return id;
	}

	private static String generatePassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
