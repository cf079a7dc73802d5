package org.triagem.application.report;

/** A service time in minutes: how many cases, the mean, and the median and p90 estimated from buckets. */
public record TimeFigures(long count, Double mean, Double median, Double p90) {

    static TimeFigures of(long count, long sum, long[] buckets) {
        return new TimeFigures(count, Rates.mean(sum, count), Rates.round(TimeBuckets.quantile(buckets, 0.5)),
                Rates.round(TimeBuckets.quantile(buckets, 0.9)));
    }
}
