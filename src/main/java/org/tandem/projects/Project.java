package org.tandem.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.goals.Kpi;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;

/**
 * A joint project, with everything on it.
 *
 * @param stages in order; each task belongs to one
 */
public record Project(UUID id, String name, String goal, LocalDate startsOn, LocalDate endsOn, Status status,
		UserId owner, String ownerName, List<Member> members, List<Criterion> criteria, List<Stage> stages,
		List<Task> tasks, List<Report> reports, List<RetroItem> retrospective, long version) {

	/** Where a project stands. */
	public enum Status {

		PLANNED, RUNNING, DONE, CANCELLED

	}

	/** A person on the project, from one of the departments. */
	public record Member(UserId user, String name, @Nullable TeamKind department) {
	}

	/**
	 * A success criterion: words, and optionally a KPI over the project's period with a
	 * target it must reach.
	 */
	public record Criterion(UUID id, String description, @Nullable Kpi kpi, @Nullable BigDecimal target) {
	}

	public record Stage(UUID id, int position, String name) {
	}

	public record Task(UUID id, UUID stage, String title, UserId owner, String ownerName, LocalDate dueOn,
			TaskStatus status) {
	}

	public enum TaskStatus {

		OPEN, DOING, DONE

	}

	/** A status report for a period. */
	public record Report(UUID id, LocalDate from, LocalDate to, Health health, String summary, String author,
			Instant at) {
	}

	public enum Health {

		ON_TRACK, AT_RISK, OFF_TRACK

	}

	/** A retrospective item, and the action item it became, if any. */
	public record RetroItem(UUID id, RetroKind kind, String text, String author, @Nullable UUID actionItem) {
	}

	public enum RetroKind {

		STRENGTH, WEAKNESS, IMPROVEMENT

	}

	public boolean involves(UserId person) {
		return this.owner.equals(person) || this.members.stream().anyMatch(member -> member.user().equals(person));
	}

	/** Whether both departments are on it. */
	public boolean joint() {
		return this.members.stream().anyMatch(member -> member.department() == TeamKind.MARKETING)
				&& this.members.stream().anyMatch(member -> member.department() == TeamKind.SALES);
	}

}
