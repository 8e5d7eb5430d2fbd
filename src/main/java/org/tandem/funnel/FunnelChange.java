package org.tandem.funnel;

import org.tandem.crm.ContactId;

/**
 * One entry of the funnel's change feed: the lead that moved, and the entry's position in
 * the feed. Positions grow with each transition written; a transaction still open when
 * the feed is read may fill a lower position later.
 */
public record FunnelChange(long position, ContactId contact) {
}
