package org.tandem.leadership;

import java.util.UUID;

import org.tandem.identity.UserId;

/** A colleague thanked another: the one thanked should hear of it. */
public record KudosGiven(UUID kudos, String from, UserId to, String message) {
}
