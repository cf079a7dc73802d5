package org.triagem.domain.model.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectKeyTest {

    @Test
    void findsTheSubjectByTheValueAsIntakeStoresIt() {
        assertThat(SubjectKey.of("529.982.247-25", null, null).value()).isEqualTo("52998224725");
        assertThat(SubjectKey.of(null, null, "(11) 98765-4321").value()).isEqualTo("+5511987654321");
        assertThat(SubjectKey.of(null, "Maria@Example.COM", null).value()).isEqualTo("Maria@example.com");
    }

    @Test
    void theSameSubjectTypedTwoWaysHashesAlikeAndNeverShowsInClear() {
        SubjectKey a = SubjectKey.of("529.982.247-25", null, null);
        SubjectKey b = SubjectKey.of("52998224725", null, null);
        assertThat(a.hash()).isEqualTo(b.hash()).hasSize(64).doesNotContain("52998224725");
        assertThat(a.toString()).doesNotContain("529").contains("***.982.247-**");
    }

    @Test
    void refusesNoKeyOrTwoKeys() {
        assertThatThrownBy(() -> SubjectKey.of(null, null, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubjectKey.of("52998224725", "a@b.com", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubjectKey.of("12345678900", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
