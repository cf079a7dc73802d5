package org.triagem.domain.model.complaint;

import java.util.Objects;

/**
 * One inbound contact, already translated from its channel's payload: what every channel hands to
 * intake. {@code sourceKey} identifies the contact at its source (a web form token, a mail UID, a
 * webhook event id) so that a retried delivery does not open a second case.
 */
public record IncomingContact(
        Channel channel,
        String sourceKey,
        Customer customer,
        String subject,
        String description,
        String categoryHint) {

    public IncomingContact {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a contact needs a description");
        }
    }
}
