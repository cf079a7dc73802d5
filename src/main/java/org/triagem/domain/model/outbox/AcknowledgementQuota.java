package org.triagem.domain.model.outbox;

import java.util.Collection;
import java.util.List;

/**
 * Whether one more automatic acknowledgement may go to an address today. RFC 3834 asks responders to
 * cap automatic replies per address, so that two auto-responders cannot keep each other busy.
 */
public interface AcknowledgementQuota {

    /** The quota of one address: a tally of it alone. */
    default boolean allowsAnotherTo(String address) {
        return tally(address == null ? List.of() : List.of(address)).allowsAnotherTo(address);
    }

    /**
     * The quota of several addresses at once, counted in one query, for a batch that acknowledges many
     * contacts in one transaction; the tally counts the acknowledgements the batch queues itself.
     */
    Tally tally(Collection<String> addresses);

    /** Today's quota of a known set of addresses, kept up to date by its user. */
    interface Tally {

        /** Whether one more automatic acknowledgement may go to the address (one of the tally's). */
        boolean allowsAnotherTo(String address);

        /** One more automatic acknowledgement to the address has been queued. */
        void queued(String address);
    }
}
