package org.triagem.application.report;

import java.time.LocalDate;

/** Summed bucket counts of one day and time series. */
public record KpiBuckets(LocalDate day, TimeSeries series, long[] counts) {
}
