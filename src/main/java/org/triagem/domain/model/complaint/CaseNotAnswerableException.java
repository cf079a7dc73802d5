package org.triagem.domain.model.complaint;

/** Staff tried to answer the customer on a case that is closed, merged or a duplicate. */
public class CaseNotAnswerableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProtocolNumber protocol;
    private final CaseStatus status;

    public CaseNotAnswerableException(ProtocolNumber protocol, CaseStatus status) {
        super("case " + protocol + " is " + status + " and takes no more replies");
        this.protocol = protocol;
        this.status = status;
    }

    public ProtocolNumber protocol() {
        return protocol;
    }

    public CaseStatus status() {
        return status;
    }
}
