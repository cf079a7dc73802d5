package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.triagem.application.CaseClocks;
import org.triagem.application.ServiceCounters;
import org.triagem.application.report.KpiDelta;
import org.triagem.application.report.KpiIncrements;
import org.triagem.application.report.KpiLedger;
import org.triagem.application.report.SurveyIncrements;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.survey.SurveyKind;

/**
 * Translates a case's new history into daily row deltas and adds them to the ledger. Business
 * minutes are counted on the case's department calendar; days are cut in the desk's time zone.
 */
@ApplicationScoped
class KpiCounting implements ServiceCounters {

    /** The desk's time zone: periods are cut here, never in UTC (KPIS.md). */
    static final ZoneId DESK_ZONE = BusinessCalendar.SAO_PAULO;

    @Inject
    KpiLedger ledger;

    @Inject
    CaseClocks clocks;

    @Override
    public void countSince(Case c, int mark) {
        if (mark >= c.history().size()) {
            return;
        }
        Collection<KpiDelta> deltas = KpiIncrements.of(c, mark, DESK_ZONE,
                clocks.settingsFor(c.department()).calendar());
        if (!deltas.isEmpty()) {
            ledger.add(deltas);
        }
    }

    @Override
    public void surveySent(Case c, OffsetDateTime at) {
        ledger.add(List.of(SurveyIncrements.sent(c, at, DESK_ZONE)));
    }

    @Override
    public void surveyAnswered(Case c, Map<SurveyKind, Integer> recorded, boolean firstAnswer, OffsetDateTime at) {
        KpiDelta d = SurveyIncrements.answered(c, recorded, firstAnswer, at, DESK_ZONE);
        if (!d.isEmpty()) {
            ledger.add(List.of(d));
        }
    }

    @Override
    public void repeatContact(Case c) {
        ledger.add(List.of(SurveyIncrements.repeatContact(c, DESK_ZONE)));
    }
}
