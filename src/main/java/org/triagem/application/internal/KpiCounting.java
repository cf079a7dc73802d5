package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Collection;
import org.triagem.application.CaseClocks;
import org.triagem.application.ServiceCounters;
import org.triagem.application.report.KpiDelta;
import org.triagem.application.report.KpiIncrements;
import org.triagem.application.report.KpiLedger;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.department.BusinessCalendar;

/**
 * Translates a case's new history into daily row deltas and adds them to the ledger. Business
 * minutes are counted on the case's department calendar; days are cut in the desk's time zone.
 */
@ApplicationScoped
public class KpiCounting implements ServiceCounters {

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
}
