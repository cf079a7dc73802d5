package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.CaseFilter.Due;

class CaseTimingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T12:00:00-03:00");

    @Test
    void readsTheDueCriteriaAtTheRequestsNow() {
        assertThat(CaseTiming.parse("breached", null, null, NOW).due()).isEqualTo(Due.breachedAt(NOW));
        assertThat(CaseTiming.parse("within", "4", null, NOW).due().horizon()).isEqualTo(NOW.plusHours(4));
        assertThat(CaseTiming.parse("WITHIN", null, null, NOW).due().horizon()).isEqualTo(NOW.plusHours(24));
        assertThat(CaseTiming.parse(null, null, null, NOW).due()).isEqualTo(Due.ANY);
        assertThat(CaseTiming.parse("any", "12", null, NOW).due()).isEqualTo(Due.ANY);
    }

    @Test
    void readsOpenedSinceAsAnInstantWithItsOffset() {
        assertThat(CaseTiming.parse(null, null, "2026-03-02T15:00:00.250Z", NOW).openedSince())
                .isEqualTo(OffsetDateTime.parse("2026-03-02T15:00:00.250Z"));
    }

    @Test
    void valuesItCannotReadAreRefusedNamingEachField() {
        ProblemException refused = catchThrowableOfType(
                () -> CaseTiming.parse("vencidos", "0", "ontem", NOW), ProblemException.class);

        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(refused.problem().errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("due", "hours", "openedSince");
        assertThat(catchThrowableOfType(() -> CaseTiming.parse("within", "muitas", null, NOW), ProblemException.class)
                .problem().errors()).extracting(Problem.FieldError::field).containsExactly("hours");
        assertThat(catchThrowableOfType(() -> CaseTiming.parse("within", "9000", null, NOW), ProblemException.class))
                .isNotNull();
    }
}
