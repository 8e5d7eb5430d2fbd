package org.tandem.funnel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.funnel.domain.Lifecycle;
import org.tandem.funnel.domain.LifecycleRepository;
import org.tandem.funnel.domain.TransitionLog;
import org.tandem.identity.CurrentUser;
import org.tandem.platform.InLists;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.WriteBehind;

/**
 * Moves leads through the funnel. Every move, from any path, is checked against
 * {@link LifecycleStage}'s table, needs a reason where the table says so, and is stored
 * with when, who and why.
 */
@Service
@Transactional
public class FunnelManagement {

	private final LifecycleRepository lifecycles;

	private final TransitionLog log;

	private final WriteBehind entries;

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	private final ApplicationEventPublisher events;

	private final ReasonCatalogue reasons;

	private final ContactManagement contacts;

	private final Clock clock;

	FunnelManagement(LifecycleRepository lifecycles, TransitionLog log, ReasonCatalogue reasons,
			ContactManagement contacts, Clock clock, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.lifecycles = lifecycles;
		this.jdbc = jdbc;
		this.client = JdbcClient.create(jdbc);
		this.events = events;
		// a group commit's new leads enter the funnel in one batch; reads flush it first
		this.entries = new WriteBehind(jdbc,
				"INSERT INTO funnel_lifecycle (contact_id, stage, entered_at, version) VALUES (?, ?, ?, 0)");
		this.log = log;
		this.reasons = reasons;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** A person moves a lead (board, record page, API). */
	public Transition move(ContactId contact, TransitionRequest request, CurrentUser actor) {
		this.contacts.get(contact, actor);
		if (!request.to().mayBeEnteredBy(actor.role())) {
			throw new InputRejectedException(HttpStatus.FORBIDDEN, "to",
					"only sales decides on " + request.to() + "; marketing hands the lead over");
		}
		Lifecycle lifecycle = load(contact);
		if (request.expected() != null && request.expected() != lifecycle.stage()) {
			throw new OptimisticLockingFailureException("the lead is now in " + lifecycle.stage());
		}
		return apply(lifecycle, request.to(), request.reason(), request.note(), ActorKind.PERSON, actor);
	}

	/**
	 * Tandem itself moves a lead (scoring crossing the MQL threshold, an import, a
	 * timer).
	 */
	// a refused move writes nothing, so the caller's transaction stays usable: a listener
	// may
	// catch the refusal when another run moved the lead first
	@Transactional(noRollbackFor = { InputRejectedException.class, OptimisticLockingFailureException.class })
	public Transition moveAsSystem(ContactId contact, LifecycleStage to, ActorKind kind, @Nullable String reason,
			@Nullable String note) {
		return apply(load(contact), to, reason, note, kind, CurrentUser.SYSTEM);
	}

	/**
	 * Moves many leads to one stage as the system, with a note each, as scoring does for
	 * the leads of a group that crossed the threshold together. A lead that cannot move
	 * there from where it stands stays; the answer is the leads moved. Their places are
	 * locked as they are read, so that what is checked is what is moved, and all move in
	 * one statement.
	 */
	public Set<ContactId> moveAllAsSystem(Map<ContactId, String> notes, LifecycleStage to, ActorKind kind) {
		this.entries.flush();
		Instant now = this.clock.instant();
		// read as rows, not as aggregates: a group commit does this for every group
		List<Standing> standings = InLists.select(this.client,
				"SELECT contact_id, stage FROM funnel_lifecycle WHERE contact_id IN (:values) "
						+ "ORDER BY contact_id FOR UPDATE",
				notes.keySet().stream().map(ContactId::value).toList(),
				(rs, row) -> new Standing(new ContactId(rs.getObject("contact_id", UUID.class)),
						LifecycleStage.valueOf(rs.getString("stage"))));
		Map<ContactId, Transition> transitions = new LinkedHashMap<>();
		for (Standing standing : standings) {
			LifecycleStage from = standing.stage();
			if (from.canMoveTo(to) && to.requiredReason(from).isEmpty()) {
				transitions.putIfAbsent(standing.contact(), new Transition(standing.contact(), from, to, now, kind,
						null, CurrentUser.SYSTEM.displayName(), null, null, notes.get(standing.contact())));
			}
		}
		for (List<ContactId> chunk : InLists.chunks(transitions.keySet())) {
			this.client
				.sql("UPDATE funnel_lifecycle SET stage = :stage, entered_at = :at, version = version + 1 "
						+ "WHERE contact_id IN (:values)")
				.param("stage", to.name())
				.param("at", Timestamp.from(now))
				.param("values", InLists.padded(chunk.stream().map(ContactId::value).toList()))
				.update();
		}
		transitions.values().forEach(this.log::append);
		this.contacts.recordStages(transitions.keySet(), to.name());
		transitions.values()
			.forEach(transition -> this.events
				.publishEvent(new StageChanged(transition.contact(), transition.from(), to, now, kind, null, null)));
		return new LinkedHashSet<>(transitions.keySet());
	}

	/** A lead's stage, as a batch of moves reads it. */
	private record Standing(ContactId contact, LifecycleStage stage) {
	}

	/**
	 * Brings in a lead's past from another system: each stage it reached is stored as a
	 * move by the import ({@code source} names it) at its own date, so that every report
	 * reads it like live data. Stages the lead has already reached are left as they are;
	 * a stage the table does not reach directly is reached through the stages between,
	 * dated like the step that implies them. Nothing is announced: a lead brought in with
	 * its past is not handed off again. The answer is the moves stored.
	 */
	public List<Transition> importHistory(ContactId contact, List<HistoricStep> steps, String source) {
		Lifecycle lifecycle = load(contact);
		Set<LifecycleStage> reached = EnumSet.noneOf(LifecycleStage.class);
		this.log.history(contact, Map.of()).forEach(move -> reached.add(move.to()));
		LifecycleStage stage = lifecycle.stage();
		Instant since = lifecycle.enteredAt();
		List<Transition> moves = new ArrayList<>();
		for (HistoricStep step : steps) {
			if (reached.contains(step.stage())) {
				continue;
			}
			List<LifecycleStage> path = HistoricPaths.between(stage, step.stage());
			if (path.isEmpty()) {
				throw new InputRejectedException(HttpStatus.CONFLICT, "stage",
						"the lead is " + stage + " in Tandem and cannot reach " + step.stage());
			}
			if (step.at().isBefore(since)) {
				throw new InputRejectedException(HttpStatus.CONFLICT, "stage",
						step.stage() + " on " + step.at() + " is earlier than the lead's " + stage + " on " + since);
			}
			for (LifecycleStage next : path) {
				boolean last = next == step.stage();
				String reasonCode = null;
				String note = null;
				if (last && step.reason() != null && !step.reason().isBlank()) {
					ReasonKind kind = next.requiredReason(stage).orElse(ReasonKind.LOSS);
					reasonCode = this.reasons.find(kind, step.reason().strip()).map(Reason::code).orElse(null);
					note = reasonCode == null ? step.reason().strip() : null;
				}
				moves.add(new Transition(contact, stage, next, step.at(), ActorKind.IMPORT, null, source, reasonCode,
						null, note));
				reached.add(next);
				stage = next;
			}
			since = step.at();
		}
		if (moves.isEmpty()) {
			return moves;
		}
		int updated = this.jdbc.update(
				"UPDATE funnel_lifecycle SET stage = ?, entered_at = ?, "
						+ "version = version + 1 WHERE contact_id = ? AND version = ?",
				stage.name(), Timestamp.from(since), contact.value(), lifecycle.version());
		if (updated == 0) {
			throw new OptimisticLockingFailureException("the lead moved meanwhile; try again");
		}
		moves.forEach(this.log::append);
		this.contacts.recordStage(contact, stage.name());
		return moves;
	}

	/** Sales accepts a handed-off lead: MQL becomes SQL. */
	public Transition accept(ContactId contact, @Nullable String note, CurrentUser actor) {
		this.contacts.get(contact, actor);
		Lifecycle lifecycle = load(contact);
		requireHandedOff(lifecycle);
		return apply(lifecycle, LifecycleStage.SQL, null, note, ActorKind.PERSON, actor);
	}

	/**
	 * Sales rejects a handed-off lead with a reason: it returns to marketing as RECYCLED,
	 * with no owner, and the reason shows on its page and in the rejections list.
	 */
	public Transition reject(ContactId contact, @Nullable String reason, @Nullable String note, CurrentUser actor) {
		this.contacts.get(contact, actor);
		Lifecycle lifecycle = load(contact);
		requireHandedOff(lifecycle);
		Transition transition = apply(lifecycle, LifecycleStage.RECYCLED, reason, note, ActorKind.PERSON, actor);
		this.contacts.assignOwner(contact, null);
		return transition;
	}

	@Transactional(readOnly = true)
	public List<Transition> history(ContactId contact, CurrentUser viewer, Locale locale) {
		this.contacts.get(contact, viewer);
		return this.log.history(contact, this.reasons.labels(locale));
	}

	@Transactional(readOnly = true)
	public LifecycleStage stageOf(ContactId contact) {
		return load(contact).stage();
	}

	private Transition apply(Lifecycle lifecycle, LifecycleStage to, @Nullable String reason, @Nullable String note,
			ActorKind kind, CurrentUser actor) {
		LifecycleStage from = lifecycle.stage();
		if (!from.canMoveTo(to)) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "to", "a lead in " + from + " cannot move to " + to
					+ "; allowed: " + (from.next().isEmpty() ? "none" : from.next()));
		}
		String reasonCode = checkReason(from, to, reason);
		Instant now = this.clock.instant();
		Transition transition = new Transition(lifecycle.contact(), from, to, now, kind,
				actor.isSystem() ? null : actor.id(), actor.displayName(), reasonCode, null,
				note == null || note.isBlank() ? null : note.strip());
		lifecycle.apply(transition);
		this.lifecycles.save(lifecycle);
		this.log.append(transition);
		this.contacts.recordStage(lifecycle.contact(), to.name());
		return transition;
	}

	private @Nullable String checkReason(LifecycleStage from, LifecycleStage to, @Nullable String reason) {
		ReasonKind kind = to.requiredReason(from).orElse(null);
		if (kind == null) {
			return null;
		}
		if (reason == null || reason.isBlank()) {
			throw new InputRejectedException("reason",
					"a " + kind.name().toLowerCase(Locale.ROOT) + " reason is required to move a lead to " + to);
		}
		return this.reasons.find(kind, reason.strip())
			.filter(Reason::active)
			.map(Reason::code)
			.orElseThrow(() -> new InputRejectedException("reason",
					"unknown " + kind.name().toLowerCase(Locale.ROOT) + " reason"));
	}

	private static void requireHandedOff(Lifecycle lifecycle) {
		if (lifecycle.stage() != LifecycleStage.MQL) {
			throw new InputRejectedException(HttpStatus.CONFLICT, "to",
					"only a lead handed off as MQL can be accepted or rejected; this one is " + lifecycle.stage());
		}
	}

	private Lifecycle load(ContactId contact) {
		this.entries.flush();
		return this.lifecycles.findById(contact.value()).orElseThrow(() -> new NotFoundException("Contact", contact));
	}

	/** Creates the lifecycle of a new contact at its initial stage. */
	void enter(ContactId contact, LifecycleStage stage, ActorKind kind, CurrentUser actor, Instant at) {
		Transition transition = new Transition(contact, null, stage, at, kind, actor.isSystem() ? null : actor.id(),
				actor.displayName(), null, null, null);
		this.entries.add(contact.value(), stage.name(), Timestamp.from(at));
		this.events.publishEvent(new StageChanged(contact, null, stage, at, kind, transition.actor(), null));
		this.log.append(transition);
		if (stage != LifecycleStage.LEAD) {
			this.contacts.recordStage(contact, stage.name());
		}
	}

}
