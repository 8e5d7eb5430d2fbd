package org.tandem.analytics;

/**
 * The dashboards, each at {@code /analytics/<path>}.
 */
public enum Dashboard {

	FUNNEL(""), COHORTS("cohorts"), LEADERBOARD("leaderboard"), FORECAST("forecast"), LEADERSHIP("leadership");

	private final String path;

	Dashboard(String path) {
		this.path = path;
	}

	/** The page's address. */
	public String url() {
		return this.path.isEmpty() ? "/analytics" : "/analytics/" + this.path;
	}

}
