package org.tandem.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is loaded on an empty database: {@code tandem.demo.enabled} when set,
 * otherwise on for the embedded H2 database and off for PostgreSQL.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(@Value("${tandem.demo.enabled:}") String setting, @Value("${spring.datasource.url:}") String url) {
		this.enabled = setting.isBlank() ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(setting.strip());
	}

	public boolean enabled() {
		return this.enabled;
	}

}
