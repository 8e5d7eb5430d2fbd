package org.tandem.scoring.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.intake.BehaviourType;
import org.tandem.scoring.Attribute;
import org.tandem.scoring.Operator;
import org.tandem.scoring.RuleKind;
import org.tandem.scoring.ScoringRule;

/**
 * A scoring rule as the form and the API send it.
 */
record RuleForm(@NotNull RuleKind kind, @NotBlank @Size(max = 150) String label, @Nullable Attribute attribute,
		@Nullable Operator operator, @Nullable @Size(max = 500) String value, @Nullable BehaviourType eventType,
		@NotNull Integer points, @Nullable Integer halfLifeDays, @Nullable Integer cap, @Nullable Integer position) {

	static RuleForm empty() {
		return new RuleForm(RuleKind.FIT, "", Attribute.TITLE, Operator.CONTAINS, "", null, 10, null, null, null);
	}

	ScoringRule toRule(UUID id) {
		boolean behaviour = this.eventType != null;
		return new ScoringRule(id, this.kind, this.label.strip(), behaviour ? null : this.attribute,
				behaviour ? null : this.operator, behaviour || this.value == null ? null : this.value.strip(),
				this.eventType, this.points, behaviour ? this.halfLifeDays : null, behaviour ? this.cap : null,
				this.position == null ? 100 : this.position, true);
	}

}
