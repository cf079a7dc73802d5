package org.triagem.domain.model.retention;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The cases of data subjects, read and anonymised in sets: the retention job claims hundreds at a time
 * and anonymises them in one transaction, so this port speaks in lists, not in single aggregates.
 */
public interface SubjectCases {

    /** Every case, anonymised or not, whose stored CPF, e-mail or phone is this subject's. */
    List<SubjectCase> casesOf(SubjectKey subject);

    /**
     * Claims up to {@code limit} cases past the closed-case policy, by id after {@code afterId}: not open,
     * not anonymised, no history entry since {@code untouchedSince}, no call since {@code callsSince}, and no
     * legal hold on the case. Rows are locked ({@code FOR UPDATE SKIP LOCKED}) until the transaction ends,
     * so another node claims other cases.
     */
    List<SubjectCase> claimExpired(OffsetDateTime untouchedSince, OffsetDateTime callsSince, long afterId, int limit);

    /** How many cases {@link #claimExpired} would find in all (for a dry run). */
    long countExpired(OffsetDateTime untouchedSince, OffsetDateTime callsSince);

    /**
     * Anonymises these cases (already checked against the holds) with set-based statements: contact data
     * removed, texts scrubbed in the case, its messages, history, file names and mails, file contents and
     * survey comments removed, the search document dropped. Category, department, clocks, scores and the KPI
     * rows stay.
     *
     * @return the rows changed, all tables together
     */
    int anonymise(List<SubjectCase> cases, OffsetDateTime now);

    /** Quarantined payloads that carry the subject's key (however typed). */
    int countQuarantinedOf(SubjectKey subject);

    /** Scrubs the subject's values out of the quarantined payloads and reasons that carry them. */
    int scrubQuarantinedOf(SubjectKey subject, TextScrubber scrubber);
}
