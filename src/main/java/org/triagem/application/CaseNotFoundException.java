package org.triagem.application;

import org.triagem.domain.model.complaint.ProtocolNumber;

/** No case has the protocol number asked for. */
public class CaseNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseNotFoundException(ProtocolNumber protocol) {
        super("No case has protocol number " + protocol + ".");
    }
}
