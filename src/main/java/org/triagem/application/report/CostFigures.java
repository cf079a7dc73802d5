package org.triagem.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cost estimate of a period, in R$: the minutes cases spent in progress at each department's
 * hourly cost, plus each contact at its channel's cost (docs/kpis.md); per resolution = total ÷
 * standing resolutions (null when none). An estimate from the manager's figures, labelled as such.
 */
public record CostFigures(BigDecimal totalBrl, BigDecimal perResolutionBrl) {

    static CostFigures of(BigDecimal total, long resolved) {
        BigDecimal rounded = total.setScale(2, RoundingMode.HALF_EVEN);
        return new CostFigures(rounded, resolved <= 0 ? null
                : total.divide(BigDecimal.valueOf(resolved), 2, RoundingMode.HALF_EVEN));
    }
}
