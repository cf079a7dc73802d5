package org.triagem.domain.model.impact;

import java.util.Objects;
import org.triagem.domain.model.routing.ComplaintFacts;

/** A past case's first contact, read for a replay: its protocol (to link the example) and the facts. */
public record PastComplaint(String protocol, ComplaintFacts facts) {

    public PastComplaint {
        Objects.requireNonNull(protocol);
        Objects.requireNonNull(facts);
    }
}
