package org.triagem.application;

/** The case changed since the client read it (its If-Match version is not the current one). */
public class StaleCaseException extends RuntimeException {

    private final long currentVersion;

    private final long expectedVersion;

    public StaleCaseException(long expected, long current) {
        super("The case changed since version " + expected + (current < 0 ? "" : " (now " + current + ")")
                + "; read it again.");
        this.currentVersion = current;
        this.expectedVersion = expected;
    }

    /** The version the client read, and sent in If-Match. */
    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
