package org.triagem.application.subject;

/** No subject request has this id. */
public class SubjectRequestNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public SubjectRequestNotFoundException(long id) {
        super("no subject request " + id);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
