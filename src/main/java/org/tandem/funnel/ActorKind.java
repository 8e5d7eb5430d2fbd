package org.tandem.funnel;

/**
 * Who made a transition: a person, Tandem itself (scoring, routing, timers) or an import.
 */
public enum ActorKind {

	PERSON, SYSTEM, IMPORT

}
