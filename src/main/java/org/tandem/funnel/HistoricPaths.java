package org.tandem.funnel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The way a lead brought in with its past went from one stage to a later one, when the
 * other system only recorded the later: the shortest walk through the transition table
 * whose stages between need no reason (a lead won was qualified and accepted on its way,
 * never disqualified or sent back).
 */
final class HistoricPaths {

	private HistoricPaths() {
	}

	/**
	 * The stages after {@code from} up to and including {@code to}; empty when the table
	 * has no such walk.
	 */
	static List<LifecycleStage> between(LifecycleStage from, LifecycleStage to) {
		if (from == to) {
			return List.of();
		}
		Map<LifecycleStage, LifecycleStage> cameFrom = new EnumMap<>(LifecycleStage.class);
		Deque<LifecycleStage> queue = new ArrayDeque<>(List.of(from));
		while (!queue.isEmpty()) {
			LifecycleStage stage = queue.removeFirst();
			for (LifecycleStage next : LifecycleStage.BOARD) {
				if (!stage.canMoveTo(next) || next == from || cameFrom.containsKey(next)) {
					continue;
				}
				cameFrom.put(next, stage);
				if (next == to) {
					List<LifecycleStage> path = new ArrayList<>();
					for (LifecycleStage step = to; step != from; step = cameFrom.get(step)) {
						path.add(step);
					}
					Collections.reverse(path);
					return path;
				}
				if (next.requiredReason(stage).isEmpty() && next != LifecycleStage.WON) {
					queue.addLast(next);
				}
			}
		}
		return List.of();
	}

}
