package org.triagem.application.retention;

/** No case and no quarantined payload carries the subject's key (or all were anonymised already). */
public class SubjectNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String maskedSubject;

    public SubjectNotFoundException(String maskedSubject) {
        super("no personal data of " + maskedSubject);
        this.maskedSubject = maskedSubject;
    }

    /** The subject as staff see it masked: safe in a problem detail and a log line. */
    public String maskedSubject() {
        return maskedSubject;
    }
}
