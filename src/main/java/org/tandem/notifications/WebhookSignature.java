package org.tandem.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The signature of an outgoing webhook: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * t + "." + body>}, with a second {@code v1} while a secret is being replaced, so the
 * receiver may check with either.
 */
public final class WebhookSignature {

	/** The header that carries the signature. */
	public static final String HEADER = "Tandem-Signature";

	private WebhookSignature() {
	}

	public static String sign(long timestamp, String body, String secret, @Nullable String previousSecret) {
		List<String> parts = new ArrayList<>();
		parts.add("t=" + timestamp);
		parts.add("v1=" + hmac(secret, timestamp + "." + body));
		if (previousSecret != null && !previousSecret.isBlank()) {
			parts.add("v1=" + hmac(previousSecret, timestamp + "." + body));
		}
		return String.join(",", parts);
	}

	public static String hmac(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
