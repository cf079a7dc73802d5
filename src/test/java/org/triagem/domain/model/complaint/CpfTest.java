package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CpfTest {

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-25", "52998224725", "111.444.777-35", " 111.444.777-35 "})
    void acceptsCpfsWithRightCheckDigits(String cpf) {
        assertThat(Cpf.isValid(cpf)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-24", "529.982.247-15", "111.111.111-11", "000.000.000-00", "1234567890",
            "5299822472a", ""})
    void rejectsWrongCheckDigitsRepeatedDigitsAndWrongLength(String cpf) {
        assertThat(Cpf.isValid(cpf)).isFalse();
    }

    @Test
    void masksAllButTheMiddleDigits() {
        assertThat(Cpf.parse("529.982.247-25").masked()).isEqualTo("***.982.247-**");
        assertThat(Cpf.parse("52998224725").toString()).doesNotContain("529").doesNotContain("25");
    }

    @Test
    void refusesToParseAnInvalidCpf() {
        assertThatThrownBy(() -> Cpf.parse("123.456.789-00")).isInstanceOf(IllegalArgumentException.class);
    }
}
