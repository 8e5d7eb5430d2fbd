package org.tandem.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** A shared incentive programme: its period, currency, formula and participants. */
public record Programme(UUID id, String name, LocalDate startsOn, LocalDate endsOn, Currency currency,
		ProgrammeStatus status, List<Component> components, List<Participant> participants, long version) {

	/** The components' weights added up, in percent. */
	public BigDecimal totalWeight() {
		return this.components.stream().map(Component::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The share of the bonus that depends on shared goals, in percent. */
	public BigDecimal sharedWeight() {
		return this.components.stream()
			.filter(component -> component.kind() == ComponentKind.SHARED)
			.map(Component::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
