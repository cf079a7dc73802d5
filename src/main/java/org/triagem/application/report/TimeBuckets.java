package org.triagem.application.report;

import java.util.Arrays;

/**
 * Fixed minute buckets for service times. An exact median would need every case's time at query
 * time, which is the scan the read side exists to avoid; counts per bucket add up across days and
 * departments like any other counter. The bounds follow the clocks managers think in (15 min, 1 h,
 * a working day, a week); a percentile is interpolated inside its bucket, so it is an estimate whose
 * error is at most the bucket's width.
 */
public final class TimeBuckets {

    /** Lower bounds in minutes; the last bucket is open-ended. */
    static final long[] LOWER = {0, 15, 30, 60, 120, 240, 480, 960, 1440, 2880, 5760, 10080, 20160};

    public static final int COUNT = LOWER.length;

    private TimeBuckets() {
    }

    /** The bucket a time falls in; negative times (clock skew) count as zero. */
    public static int of(long minutes) {
        int i = Arrays.binarySearch(LOWER, Math.max(0, minutes));
        return i >= 0 ? i : -i - 2;
    }

    /**
     * The q-quantile (0 &lt; q &le; 1) of the times counted in {@code counts}, or null when nothing was
     * counted. Linear inside the bucket that holds the rank; in the open last bucket its lower bound.
     */
    public static Double quantile(long[] counts, double q) {
        long total = Arrays.stream(counts).sum();
        if (total <= 0) {
            return null;
        }
        double rank = q * total;
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] > 0 && seen + counts[b] >= rank) {
                if (b == COUNT - 1) {
                    return (double) LOWER[b];
                }
                double within = (rank - seen) / counts[b];
                return LOWER[b] + within * (LOWER[b + 1] - LOWER[b]);
            }
            seen += counts[b];
        }
        return (double) LOWER[COUNT - 1];
    }
}
