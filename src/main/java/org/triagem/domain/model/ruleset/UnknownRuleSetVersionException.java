package org.triagem.domain.model.ruleset;

/** No rule-set version has that number. */
public class UnknownRuleSetVersionException extends RuntimeException {

    private final long number;

    public UnknownRuleSetVersionException(long number) {
        super("no rule-set version " + number);
        this.number = number;
    }

    public long number() {
        return number;
    }
}
