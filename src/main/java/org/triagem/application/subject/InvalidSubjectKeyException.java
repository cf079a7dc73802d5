package org.triagem.application.subject;

/** What was given to find a subject is neither a CPF, an e-mail address nor a phone number. */
public class InvalidSubjectKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSubjectKeyException() {
        // The value itself is personal data: the message never repeats it.
        super("not a CPF, an e-mail address or a phone number");
    }
}
