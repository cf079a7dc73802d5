package org.triagem.domain.model.impact;

/** A preview's window must be a whole number of days, 1 to {@value #MAX_DAYS}. */
public class InvalidImpactWindowException extends RuntimeException {

    public static final int MAX_DAYS = 365;

    private final int days;

    public InvalidImpactWindowException(int days) {
        super("the window must be 1 to " + MAX_DAYS + " days, not " + days);
        this.days = days;
    }

    public static int check(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidImpactWindowException(days);
        }
        return days;
    }

    public int days() {
        return days;
    }
}
