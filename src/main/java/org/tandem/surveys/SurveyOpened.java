package org.tandem.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tandem.identity.UserId;

/**
 * A round was sent, or its latecomers are reminded: the people asked who have not
 * answered yet.
 *
 * @param reminder false when the round was just sent
 */
public record SurveyOpened(UUID round, String title, LocalDate closesOn, List<UserId> waitingFor, boolean reminder) {
}
