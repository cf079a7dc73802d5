package org.triagem.domain.model.ruleset;

/** No rule-set version is active: the first build is still running or has failed. */
public class RulesUnavailableException extends RuntimeException {

    public RulesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
