package org.triagem.application;

import java.time.OffsetDateTime;
import java.util.Map;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.survey.SurveyKind;

/**
 * Keeps the service KPIs' daily rows up to date (docs/kpis.md). Every application service that
 * changes a case notes where its history ended ({@link #mark}) and, once the verbs ran, calls
 * {@link #countSince} in the same transaction: the events appended in between (opened, first staff
 * reply, resolved, reopened, escalated, clocks stopped) are counted exactly once, and roll back with
 * the change if it fails.
 */
public interface ServiceCounters {

    /** Counts nothing: for unit tests that build a service by hand. */
    ServiceCounters NONE = (c, mark) -> { };

    /** Where the case's history ends now. */
    static int mark(Case c) {
        return c.history().size();
    }

    /** Counts the events the case's history gained after {@code mark}. */
    void countSince(Case c, int mark);

    /*
     * What the history does not record. Defaults count nothing, so NONE and hand-made fakes stay
     * one-liners; KpiCounting counts them all.
     */

    /** A survey about the case was issued (its mail queued, or the IVR's answers stored). */
    default void surveySent(Case c, OffsetDateTime at) {
    }

    /**
     * Scores recorded now for the first time, and whether this is the survey's first answer: a double
     * click or a second answer records nothing, so it is never counted twice.
     */
    default void surveyAnswered(Case c, Map<SurveyKind, Integer> recorded, boolean firstAnswer, OffsetDateTime at) {
    }

    /** The new case's customer had another case opened in the 30 days before (decided at intake). */
    default void repeatContact(Case c) {
    }
}
