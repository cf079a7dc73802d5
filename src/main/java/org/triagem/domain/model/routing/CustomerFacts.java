package org.triagem.domain.model.routing;

/**
 * What the rules know of the customer behind a complaint: whether they identified themselves (an e-mail,
 * a phone or a CPF; a name alone does not identify), how many other cases of theirs are open, how many
 * minutes ago the newest of those was opened when that was within the repeat window (only a new contact
 * can repeat an open case, so only intake and samples know it), and their commercial segment.
 */
public record CustomerFacts(boolean identified, int earlierOpenCases, Integer minutesSinceOpenCase,
        String segment) {

    public CustomerFacts {
        if (earlierOpenCases < 0) {
            throw new IllegalArgumentException("earlier open cases cannot be negative");
        }
    }

    /** A customer as Triagem knows them today: no segment comes from any channel yet. */
    public static CustomerFacts of(boolean identified, int earlierOpenCases, Integer minutesSinceOpenCase) {
        return new CustomerFacts(identified, earlierOpenCases, minutesSinceOpenCase, null);
    }
}
