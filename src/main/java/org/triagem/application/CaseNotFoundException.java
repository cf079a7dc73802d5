package org.triagem.application;

import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * No case with this protocol that the actor may see. A case of another department is reported the
 * same way as a missing one, so a protocol number cannot be probed.
 */
public class CaseNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProtocolNumber protocol;

    public CaseNotFoundException(ProtocolNumber protocol) {
        super("No case has protocol number " + protocol + ".");
        this.protocol = protocol;
    }

    public ProtocolNumber protocol() {
        return protocol;
    }
}
