package org.triagem.application;

import java.util.Set;
import org.triagem.application.digest.Digest;
import org.triagem.application.digest.DigestMail;
import org.triagem.application.digest.DigestPeriod;

/**
 * The root-cause digest to the departments' supervisors (docs/digest.md): composed on request, and
 * sent once per department and period, by the schedule or on an admin's or supervisor's request.
 * Access follows the KPI report: supervisors their own departments, admins all, anyone else refused.
 */
public interface DigestService {

    /** A digest as figures and as the mail it makes. */
    record Composed(Digest digest, DigestMail mail) {
    }

    /** What a request to send a digest came to. */
    enum Outcome {
        /** Queued in the outbox for each recipient, in the transaction that recorded the run. */
        SENT,
        /** This department's digest of this period was sent before (by any node); nothing was queued. */
        ALREADY_SENT,
        /** No address is configured for the department (triagem.digest.recipients). */
        NO_RECIPIENTS
    }

    /** The outcome, and how many mails were queued. */
    record Delivery(String department, DigestPeriod period, Outcome outcome, int recipients) {
    }

    /** The period the schedule sent (or is about to send) last: the default of the requests below. */
    DigestPeriod latestScheduledPeriod();

    /**
     * The digest of the departments (empty: all the actor may read) over the period, without sending it.
     *
     * @throws ActionNotPermittedException if the actor may not read reports of those departments
     */
    Composed compose(Actor actor, Set<String> departments, DigestPeriod period);

    /**
     * Sends the department's digest of the period to its recipients now, unless it was sent already.
     *
     * @throws ActionNotPermittedException if the actor may not read reports of that department
     */
    Delivery send(Actor actor, String department, DigestPeriod period);
}
