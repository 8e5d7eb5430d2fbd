package org.tandem.incentives;

import java.math.BigDecimal;
import java.util.List;

import org.tandem.identity.UserId;

/**
 * A person's bonus under a programme, component by component; the total is the sum of the
 * rounded components, so the statement adds up as printed.
 */
public record Statement(UserId user, String name, BigDecimal base, List<StatementLine> lines, BigDecimal total) {
}
