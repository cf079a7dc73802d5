package org.triagem.domain.model.survey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The surveys sent, by id, by case, and per customer for the rules' "at most every N days" checks. */
public interface SurveyRepository {

    void add(Survey survey);

    Optional<Survey> find(long id);

    /**
     * The survey, locked until the transaction ends: two answers at once (a double click) are taken one
     * after the other, so the second sees the first and cannot count again.
     */
    Optional<Survey> findForAnswer(long id);

    List<Survey> forCase(String protocol);

    /** When NPS was last offered to the customer (by {@link Survey#customerKey}), if ever. */
    Optional<OffsetDateTime> lastNpsOfferedTo(String customerKey);
}
