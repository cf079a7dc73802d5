package org.triagem.application;

/** The actor may see the case but not do this to it (an agent assigning a colleague, say). */
public class ActionNotPermittedException extends RuntimeException {

    public ActionNotPermittedException(String message) {
        super(message);
    }
}
