package org.triagem.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shares and means: nothing to divide by is "no figure", never 0 % or NaN. */
class RatesTest {

    @Test
    void aShareOfNothingIsNoFigure() {
        assertThat(Rates.percent(0, 0)).isNull();
        assertThat(Rates.mean(0, 0)).isNull();
    }

    @Test
    void sharesArePercentagesToOneDecimal() {
        assertThat(Rates.percent(1, 3)).isEqualTo(33.3);
        assertThat(Rates.percent(2, 3)).isEqualTo(66.7);
        assertThat(Rates.percent(0, 5)).isEqualTo(0.0);
        assertThat(Rates.percent(5, 5)).isEqualTo(100.0);
    }

    @Test
    void meansAreRoundedToOneDecimal() {
        assertThat(Rates.mean(10, 4)).isEqualTo(2.5);
        assertThat(Rates.mean(10, 3)).isEqualTo(3.3);
    }

    @Test
    void aClockWithNoEndedRunsHasNoCompliance() {
        assertThat(ClockFigures.of(0, 0)).isEqualTo(new ClockFigures(0, 0, null));
        assertThat(ClockFigures.of(3, 1)).isEqualTo(new ClockFigures(4, 3, 75.0));
    }
}
