package org.triagem.domain.model.outbox;

/**
 * Whether one more automatic acknowledgement may go to an address today. RFC 3834 asks responders to
 * cap automatic replies per address, so that two auto-responders cannot keep each other busy.
 */
public interface AcknowledgementQuota {

    boolean allowsAnotherTo(String address);
}
