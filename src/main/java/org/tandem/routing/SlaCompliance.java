package org.tandem.routing;

/**
 * How a rep (or a group of reps) kept hand-off deadlines: deadlines kept (answered in
 * time) and broken (breached). Deadlines cancelled, reassigned before they fell due, or
 * still running are neither.
 */
public record SlaCompliance(long kept, long broken) {

	public static final SlaCompliance NONE = new SlaCompliance(0, 0);

	public SlaCompliance plus(SlaCompliance other) {
		return new SlaCompliance(this.kept + other.kept, this.broken + other.broken);
	}

	public long settled() {
		return this.kept + this.broken;
	}

}
