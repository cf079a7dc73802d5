package org.triagem.domain.model.ruleset;

/** A version that does not compile, or fails its scenarios without a written override reason. */
public class RuleSetNotActivatableException extends RuntimeException {

    public RuleSetNotActivatableException(String message) {
        super(message);
    }
}
