package org.tandem.training;

import java.util.List;

import org.tandem.identity.TeamKind;

/**
 * Training Tandem proposes to the heads, and why.
 *
 * @param reason a message name; {@code args} fill it
 * @param title a title to start the programme with
 * @param taughtBy the department that would teach it
 */
public record Suggestion(String reason, List<String> args, String title, TeamKind taughtBy) {
}
