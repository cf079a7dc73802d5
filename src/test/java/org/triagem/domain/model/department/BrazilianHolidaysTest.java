package org.triagem.domain.model.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The national holidays, movable ones checked against published calendars. */
class BrazilianHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25",
            "2008, 2008-03-23"})
    void findsEasterSunday(int year, LocalDate easter) {
        assertThat(BrazilianHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void computesCarnavalGoodFridayAndCorpusChristiOf2026() {
        var days = BrazilianHolidays.of(2026);
        assertThat(days).containsEntry(LocalDate.of(2026, 2, 16), "Carnaval (segunda-feira)")
                .containsEntry(LocalDate.of(2026, 2, 17), "Carnaval (terça-feira)")
                .containsEntry(LocalDate.of(2026, 4, 3), "Sexta-feira Santa")
                .containsEntry(LocalDate.of(2026, 6, 4), "Corpus Christi");
    }

    @Test
    void keepsTheFixedHolidaysIncludingConscienciaNegra() {
        var days = BrazilianHolidays.of(2025);
        assertThat(days).containsKeys(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 9, 7), LocalDate.of(2025, 10, 12), LocalDate.of(2025, 11, 2),
                LocalDate.of(2025, 11, 15), LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 25));
        assertThat(days).hasSize(13);
    }
}
