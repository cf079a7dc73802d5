package org.triagem.application.digest;

import java.time.OffsetDateTime;

/**
 * What a detractor wrote: a survey answered in the period with a CSAT of 1-2 or an NPS of 0-6, and a
 * comment. The comment is the customer's own text, untrusted: every writer escapes it for its medium.
 *
 * @param csat the CSAT score, or null if not answered
 * @param nps the NPS score, or null if not answered
 */
public record DetractorComment(String protocol, Integer csat, Integer nps, String comment, OffsetDateTime answeredAt) {

    /** The scores that make a detractor (docs/surveys.md): a CSAT of at most this ... */
    public static final int MOST_DISSATISFIED_CSAT = 2;
    /** ... or an NPS of at most this. */
    public static final int HIGHEST_DETRACTOR_NPS = 6;
}
