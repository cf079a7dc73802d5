package org.triagem.application;

/** What became of one contact a channel received, as operators count it (docs/operating.md). */
public enum IntakeOutcome {
    /** It opened a case and got a new protocol number. */
    NEW_CASE,
    /** It joined an open case: a reply naming its protocol, or a repeat contact the rules matched. */
    JOINED,
    /** The same contact again (a redelivered mail, a retried webhook, a later event of a known call). */
    ALREADY_REGISTERED,
    /** It could not be registered and was kept in quarantine for a replay. */
    QUARANTINED,
    /** The channel turned it away before registering it (invalid, unsigned, too large, too many). */
    REFUSED;

    /** The value of the {@code outcome} tag: {@code new_case}, {@code joined} ... */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
