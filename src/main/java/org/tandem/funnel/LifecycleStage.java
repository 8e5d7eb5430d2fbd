package org.tandem.funnel;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.Role;

/**
 * The lifecycle stages and the one table of transitions between them. Every path that
 * moves a lead (UI, board, API, import, the system) asks this table.
 */
public enum LifecycleStage {

	LEAD, MQL, SQL, OPPORTUNITY, WON, LOST, RECYCLED, DISQUALIFIED;

	private static final Map<LifecycleStage, Set<LifecycleStage>> NEXT = Map.of(LEAD, EnumSet.of(MQL, DISQUALIFIED),
			MQL, EnumSet.of(SQL, RECYCLED, DISQUALIFIED), SQL, EnumSet.of(OPPORTUNITY, RECYCLED, DISQUALIFIED, LOST),
			OPPORTUNITY, EnumSet.of(WON, LOST), WON, EnumSet.noneOf(LifecycleStage.class), LOST, EnumSet.of(RECYCLED),
			RECYCLED, EnumSet.of(LEAD, MQL, DISQUALIFIED), DISQUALIFIED, EnumSet.of(LEAD));

	/** Stages that only sales (or a head, or an admin) may move a lead into. */
	private static final Set<LifecycleStage> SALES_DECISIONS = EnumSet.of(SQL, OPPORTUNITY, WON, LOST);

	/** The stages in the order the board shows them. */
	public static final java.util.List<LifecycleStage> BOARD = java.util.List.of(LEAD, MQL, SQL, OPPORTUNITY, WON, LOST,
			RECYCLED, DISQUALIFIED);

	public Set<LifecycleStage> next() {
		return NEXT.get(this);
	}

	public boolean canMoveTo(LifecycleStage target) {
		return NEXT.get(this).contains(target);
	}

	public boolean mayBeEnteredBy(Role role) {
		return role != Role.MARKETING || !SALES_DECISIONS.contains(this);
	}

	/**
	 * The kind of reason a move from {@code from} into this stage needs, if any:
	 * rejecting a handed-off lead, disqualifying one, or losing a deal.
	 */
	public Optional<ReasonKind> requiredReason(@Nullable LifecycleStage from) {
		return switch (this) {
			case DISQUALIFIED -> Optional.of(ReasonKind.DISQUALIFICATION);
			case LOST -> Optional.of(ReasonKind.LOSS);
			case RECYCLED -> (from == MQL || from == SQL) ? Optional.of(ReasonKind.REJECTION) : Optional.empty();
			default -> Optional.empty();
		};
	}

	public static Optional<LifecycleStage> parse(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (LifecycleStage stage : values()) {
			if (stage.name().equalsIgnoreCase(value.strip())) {
				return Optional.of(stage);
			}
		}
		return Optional.empty();
	}

}
