package org.triagem.domain.model.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.triagem.domain.model.survey.SurveyKind;

/**
 * The worksheet the survey rules fill in for one resolved case: which questions to ask, or that none is
 * to be asked. A withholding rule wins over every offer, whatever order the rules fire in, so "no survey
 * for spam" cannot be undone by a later "everyone gets CSAT". An untouched worksheet means no survey.
 */
public class SurveyDecision {

    private final Set<SurveyKind> offered = EnumSet.noneOf(SurveyKind.class);
    private final List<String> withheldBecause = new ArrayList<>();

    /** Asks the question in the survey (idempotent). */
    public void offer(SurveyKind kind) {
        offered.add(kind);
    }

    /** No survey for this case, for the reason given (kept for the explanation). */
    public void withhold(String reason) {
        withheldBecause.add(reason);
    }

    /** True when a survey is to be sent: something offered and nothing withheld. */
    public boolean surveys() {
        return withheldBecause.isEmpty() && !offered.isEmpty();
    }

    public boolean offers(SurveyKind kind) {
        return offered.contains(kind);
    }

    public boolean isWithheld() {
        return !withheldBecause.isEmpty();
    }

    /** The questions to ask; empty when no survey is to be sent. */
    public Set<SurveyKind> getKinds() {
        return surveys() ? Collections.unmodifiableSet(EnumSet.copyOf(offered)) : Set.of();
    }

    public List<String> getWithheldBecause() {
        return Collections.unmodifiableList(withheldBecause);
    }
}
