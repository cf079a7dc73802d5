package org.triagem.application.report;

/** Where the cost estimate's figures come from; read on every report, so an edit shows on the next one. */
public interface CostCatalogue {

    CostRates current();
}
