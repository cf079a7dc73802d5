package org.triagem.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixed buckets that stand in for a scan when a median or p90 is asked for. */
class TimeBucketsTest {

    @Test
    void timesFallInTheBucketWhoseLowerBoundTheyReach() {
        assertThat(TimeBuckets.of(0)).isZero();
        assertThat(TimeBuckets.of(14)).isZero();
        assertThat(TimeBuckets.of(15)).isEqualTo(1);
        assertThat(TimeBuckets.of(59)).isEqualTo(2);
        assertThat(TimeBuckets.of(60)).isEqualTo(3);
        assertThat(TimeBuckets.of(1_000_000)).isEqualTo(TimeBuckets.COUNT - 1);
        // clock skew: a reply stamped before the opening counts as instant, not as an error
        assertThat(TimeBuckets.of(-5)).isZero();
    }

    @Test
    void nothingCountedHasNoMedianRatherThanZero() {
        assertThat(TimeBuckets.quantile(new long[TimeBuckets.COUNT], 0.5)).isNull();
    }

    @Test
    void theMedianIsInterpolatedInsideItsBucket() {
        long[] counts = new long[TimeBuckets.COUNT];
        // four times in [60, 120): rank 0.5 × 4 = 2 is halfway through the bucket
        counts[TimeBuckets.of(60)] = 4;
        assertThat(TimeBuckets.quantile(counts, 0.5)).isEqualTo(90.0);
        // p90: rank 3.6 of 4 → 60 + 0.9 × 60
        assertThat(TimeBuckets.quantile(counts, 0.9)).isEqualTo(114.0);
    }

    @Test
    void oneOldCaseMovesTheP90ButNotTheMedian() {
        long[] counts = new long[TimeBuckets.COUNT];
        counts[TimeBuckets.of(5)] = 9; // nine answered within 15 minutes
        counts[TimeBuckets.of(30_000)] = 1; // one answered after three weeks
        assertThat(TimeBuckets.quantile(counts, 0.5)).isLessThan(15.0);
        // rank 9 of 10 is still the ninth quick one: the p90 is the top of the first bucket
        assertThat(TimeBuckets.quantile(counts, 0.9)).isEqualTo(15.0);
        assertThat(TimeBuckets.quantile(counts, 1.0)).isEqualTo(20160.0);
    }
}
