package org.tandem.funnel.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.crm.ContactId;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.StageChanged;
import org.tandem.funnel.Transition;

/**
 * Where one lead stands in the funnel. Moves are checked against {@link LifecycleStage}'s
 * table.
 */
@Table("funnel_lifecycle")
public class Lifecycle extends AbstractAggregateRoot<Lifecycle> {

	@Id
	private UUID contactId;

	private LifecycleStage stage;

	private Instant enteredAt;

	@Version
	private @Nullable Long version;

	Lifecycle(UUID contactId, LifecycleStage stage, Instant enteredAt, @Nullable Long version) {
		this.contactId = contactId;
		this.stage = stage;
		this.enteredAt = enteredAt;
		this.version = version;
	}

	/**
	 * Moves to the transition's target, or throws {@link IllegalStateException} when the
	 * table forbids it; registers {@link StageChanged} for publication on save.
	 */
	public void apply(Transition transition) {
		if (!this.stage.canMoveTo(transition.to()) || transition.from() != this.stage) {
			throw new IllegalStateException(this.stage + " cannot move to " + transition.to());
		}
		this.stage = transition.to();
		this.enteredAt = transition.at();
		registerEvent(new StageChanged(transition.contact(), transition.from(), transition.to(), transition.at(),
				transition.actorKind(), transition.actor(), transition.reasonCode()));
	}

	public ContactId contact() {
		return new ContactId(this.contactId);
	}

	public LifecycleStage stage() {
		return this.stage;
	}

	public @Nullable Long version() {
		return this.version;
	}

	public Instant enteredAt() {
		return this.enteredAt;
	}

}
