package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProtocolNumberTest {

    @Test
    void isFourteenDigitsOfYearSequenceAndCheckDigit() {
        ProtocolNumber p = ProtocolNumber.issue(2026, 1);
        assertThat(p.value()).hasSize(14).startsWith("2026000000001").matches("\\d{14}");
        assertThat(p.year()).isEqualTo(2026);
    }

    @Test
    void checkDigitIsLuhnOverTheFirstThirteenDigits() {
        // Luhn of 2026000000001: doubled from the right 1*2=2, 0, 0, ... 2*2=4, 0, 2*2... -> known value 4
        assertThat(ProtocolNumber.issue(2026, 1).value()).isEqualTo("20260000000014");
    }

    @Test
    void parsesWhatAPersonTypesWithSpacesDotsAndDashes() {
        assertThat(ProtocolNumber.parse("2026 000.000.001-4")).isEqualTo(ProtocolNumber.issue(2026, 1));
    }

    @Test
    void rejectsAMistypedDigit() {
        assertThatThrownBy(() -> ProtocolNumber.parse("20260000000015"))
                .isInstanceOf(InvalidProtocolNumberException.class).hasMessageContaining("check digit");
    }

    @Test
    void rejectsTwoSwappedAdjacentDigits() {
        String good = ProtocolNumber.issue(2026, 123_456_789).value();
        String swapped = good.substring(0, 5) + good.charAt(6) + good.charAt(5) + good.substring(7);
        assertThat(swapped).isNotEqualTo(good);
        assertThat(ProtocolNumber.isValid(swapped)).isFalse();
    }

    @Test
    void rejectsTheWrongLength() {
        assertThat(ProtocolNumber.isValid("2026000000001")).isFalse();
        assertThat(ProtocolNumber.isValid("abc")).isFalse();
        assertThat(ProtocolNumber.isValid(null)).isFalse();
    }

    @Test
    void everySequenceValueGivesAValidNumber() {
        for (long seq = 1; seq < 5_000; seq += 7) {
            assertThat(ProtocolNumber.isValid(ProtocolNumber.issue(2027, seq).value())).isTrue();
        }
    }

    @Test
    void refusesASequenceThatDoesNotFitNineDigits() {
        assertThatThrownBy(() -> ProtocolNumber.issue(2026, 1_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
