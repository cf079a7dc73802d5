package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Channel;

class CaseOriginTest {

    private static final ZoneId DESK = ZoneId.of("America/Sao_Paulo");

    @Test
    void readsChannelsAndCategoriesAsTheDashboardSendsThem() {
        CaseOrigin origin = CaseOrigin.parse("PHONE, web-form", "cobranca,entrega", null, null, DESK);

        assertThat(origin.channels()).containsExactlyInAnyOrder(Channel.PHONE, Channel.WEB_FORM);
        assertThat(origin.categories()).containsExactly("cobranca", "entrega");
        assertThat(origin.opened().from()).isNull();
        assertThat(origin.opened().before()).isNull();
    }

    @Test
    void openingDaysAreWholeDaysInTheDesksTimeZone() {
        CaseOrigin origin = CaseOrigin.parse(null, null, "2026-03-02", "2026-03-08", DESK);

        assertThat(origin.opened().from()).isEqualTo(OffsetDateTime.parse("2026-03-02T00:00-03:00"));
        assertThat(origin.opened().before()).isEqualTo(OffsetDateTime.parse("2026-03-09T00:00-03:00"));
    }

    @Test
    void oneDayIsFromItsMidnightToTheNext() {
        CaseOrigin origin = CaseOrigin.parse(null, null, "2026-03-02", "2026-03-02", DESK);

        assertThat(origin.opened().before()).isEqualTo(origin.opened().from().plusDays(1));
    }

    @Test
    void aMisspeltChannelIsRefusedNamingTheField() {
        ProblemException refused = catchThrowableOfType(
                () -> CaseOrigin.parse("FAX", null, null, null, DESK), ProblemException.class);

        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(refused.problem().errors()).extracting(Problem.FieldError::field).containsExactly("channel");
        assertThat(refused.problem().errors().get(0).message()).contains("PHONE");
    }

    @Test
    void badDaysAndAnInvertedRangeAreRefused() {
        ProblemException notADate = catchThrowableOfType(
                () -> CaseOrigin.parse(null, null, "02/03/2026", "ontem", DESK), ProblemException.class);
        ProblemException inverted = catchThrowableOfType(
                () -> CaseOrigin.parse(null, null, "2026-03-08", "2026-03-02", DESK), ProblemException.class);

        assertThat(notADate.problem().errors()).extracting(Problem.FieldError::field)
                .containsExactly("openedFrom", "openedTo");
        assertThat(inverted.problem().errors()).extracting(Problem.FieldError::field).containsExactly("openedTo");
    }

    @Test
    void emptyParametersFilterNothing() {
        CaseOrigin origin = CaseOrigin.parse("", " ", "", null, DESK);

        assertThat(origin.channels()).isEqualTo(Set.of());
        assertThat(origin.categories()).isEmpty();
        assertThat(origin.opened().from()).isNull();
    }
}
