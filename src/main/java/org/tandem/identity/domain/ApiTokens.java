package org.tandem.identity.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.identity.Role;
import org.tandem.identity.UserId;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Sha256;

/**
 * Issues, checks and revokes API tokens. Secrets are random, shown once and stored as
 * SHA-256.
 */
@Service
@Transactional
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final Clock clock;

	private final RecentTokens recentTokens;

	ApiTokens(ApiTokenRepository tokens, Clock clock, RecentTokens recentTokens) {
		this.tokens = tokens;
		this.clock = clock;
		this.recentTokens = recentTokens;
	}

	/**
	 * Issues a token and returns its secret, which is not kept anywhere.
	 */
	public String issue(String name, Role role, UserId owner) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "tdm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		issueWithSecret(name, role, owner, secret);
		return secret;
	}

	/**
	 * Stores a token whose secret the operator chose (the bootstrap token).
	 */
	public void issueWithSecret(String name, Role role, UserId owner, String secret) {
		if (name.isBlank()) {
			throw new InputRejectedException("name", "must not be blank");
		}
		if (secret.length() < 16) {
			throw new InputRejectedException("token", "must be at least 16 characters long");
		}
		this.tokens.save(ApiToken.issue(name, hash(secret), secret.substring(0, Math.min(8, secret.length())), role,
				owner, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public boolean existsWithSecret(String secret) {
		return this.tokens.findByTokenHash(hash(secret)).isPresent();
	}

	/**
	 * The active token for a presented secret, marking it used.
	 */
	public Optional<ApiToken> authenticate(String secret) {
		Optional<ApiToken> token = this.tokens.findByTokenHash(hash(secret)).filter(ApiToken::active);
		// to the minute: many requests at once must not queue on the token's row
		Instant now = this.clock.instant();
		token.ifPresent(found -> this.tokens.touch(found.id(), now, now.minusSeconds(60)));
		return token;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> all() {
		return this.tokens.findAllNewestFirst();
	}

	public void revoke(UUID id) {
		ApiToken token = this.tokens.findById(id).orElseThrow(() -> new NotFoundException("Token", id));
		token.revoke(this.clock.instant());
		this.tokens.save(token);
		this.recentTokens.forgetAll();
	}

	static String hash(String secret) {
		return Sha256.hex(secret);
	}

}
