package org.triagem.interfaces.rest;

import org.triagem.domain.model.ruleset.UnknownRuleSetVersionException;

/** Reads a version number from a path or query: {@code 3} or {@code v3}. */
final class VersionNumbers {

    private VersionNumbers() {
    }

    static long parse(String text) {
        String digits = text == null ? "" : text.strip().replaceFirst("^[vV]", "");
        if (!digits.matches("[0-9]{1,18}")) {
            throw new ProblemException(Problem.of("ruleset-not-found", "Rule-set version not found", 404,
                    "A version is a number, such as 3 or v3."));
        }
        long number = Long.parseLong(digits);
        if (number < 1) {
            throw new UnknownRuleSetVersionException(number);
        }
        return number;
    }
}
