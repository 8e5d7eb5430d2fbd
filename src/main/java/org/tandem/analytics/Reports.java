package org.tandem.analytics;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.analytics.domain.ReportStore;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.Role;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * Saved report definitions: anyone saves the dashboard they are looking at under a name;
 * everyone sees the list; the one who saved it (or a head) deletes it.
 */
@Service
@Transactional
public class Reports {

	private final ReportStore store;

	private final Clock clock;

	Reports(ReportStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public SavedReport save(String name, Dashboard dashboard, String query, CurrentUser owner) {
		if (name.isBlank() || name.strip().length() > 150) {
			throw new InputRejectedException("name", "must be 1 to 150 characters");
		}
		if (query.length() > 2000 || query.contains("#") || query.startsWith("?")) {
			throw new InputRejectedException("query", "must be a dashboard's query string of at most 2000 characters");
		}
		SavedReport report = new SavedReport(UUID.randomUUID(), name.strip(), dashboard, query, owner.displayName(),
				this.clock.instant());
		this.store.insert(report, owner.id());
		return report;
	}

	@Transactional(readOnly = true)
	public List<SavedReport> all() {
		return this.store.all();
	}

	public void delete(UUID id, CurrentUser actor) {
		boolean head = actor.hasRole(Role.MANAGER, Role.LEADERSHIP, Role.ADMIN);
		if (!this.store.delete(id, actor.id(), head)) {
			if (this.store.all().stream().anyMatch(report -> report.id().equals(id))) {
				throw new InputRejectedException(HttpStatus.FORBIDDEN, "id", "only the one who saved it or a head");
			}
			throw new NotFoundException("Report", id);
		}
	}

}
