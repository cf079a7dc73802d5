package org.triagem.application.subject;

/** No subject request has this id. */
public class SubjectRequestNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubjectRequestNotFoundException(long id) {
        super("no subject request " + id);
    }
}
