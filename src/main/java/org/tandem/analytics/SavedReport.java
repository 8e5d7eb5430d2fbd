package org.tandem.analytics;

import java.time.Instant;
import java.util.UUID;

/**
 * A dashboard with its filters, saved under a name: its link opens the same view for
 * anyone allowed to see it.
 *
 * @param query the dashboard's query string, without the leading {@code ?}
 */
public record SavedReport(UUID id, String name, Dashboard dashboard, String query, String ownerName,
		Instant createdAt) {

	public String link() {
		return this.query.isEmpty() ? this.dashboard.url() : this.dashboard.url() + "?" + this.query;
	}

}
