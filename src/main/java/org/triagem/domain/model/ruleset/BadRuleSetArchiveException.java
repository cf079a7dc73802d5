package org.triagem.domain.model.ruleset;

/** An upload that is not a usable zip of a rules tree. */
public class BadRuleSetArchiveException extends RuntimeException {

    public BadRuleSetArchiveException(String message) {
        super(message);
    }
}
