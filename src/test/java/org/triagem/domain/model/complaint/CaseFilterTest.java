package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.CaseFilter.Due;
import org.triagem.domain.model.complaint.CaseFilter.OpenedWithin;

/** The case list's time criteria: the opening window narrowed to "since", and the due criteria. */
class CaseFilterTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T12:00:00-03:00");

    @Test
    void sinceStartsTheWindowLaterAndNeverEarlier() {
        OpenedWithin day = new OpenedWithin(NOW.minusHours(12), NOW.plusHours(12));

        assertThat(day.since(NOW)).isEqualTo(new OpenedWithin(NOW, NOW.plusHours(12)));
        assertThat(day.since(NOW.minusDays(1))).isEqualTo(day);
        assertThat(day.since(null)).isEqualTo(day);
        assertThat(OpenedWithin.ANY_TIME.since(NOW)).isEqualTo(new OpenedWithin(NOW, null));
    }

    @Test
    void sinceAfterTheWindowEndedLeavesAnEmptyWindowNotAnError() {
        OpenedWithin yesterday = new OpenedWithin(NOW.minusDays(1), NOW.minusHours(12));

        OpenedWithin empty = yesterday.since(NOW);

        assertThat(empty.from()).isEqualTo(empty.before()).isEqualTo(NOW.minusHours(12));
        assertThatThrownBy(() -> new OpenedWithin(NOW, NOW.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dueWithinIsAWindowFromNow() {
        Due within = Due.within(Duration.ofHours(4), NOW);

        assertThat(within.kind()).isEqualTo(Due.Kind.WITHIN);
        assertThat(within.horizon()).isEqualTo(NOW.plusHours(4));
        assertThat(Due.breachedAt(NOW).now()).isEqualTo(NOW);
        assertThatThrownBy(() -> Due.within(Duration.ZERO, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFilterWithoutADueCriterionTakesAnyDueTime() {
        CaseFilter plain = new CaseFilter(null, null, null, null, null, false, null, 0, 50, null);

        assertThat(plain.due()).isEqualTo(Due.ANY);
        assertThat(plain.byClocks(Due.breachedAt(NOW)).within(java.util.Set.of("Financeiro")).due().kind())
                .isEqualTo(Due.Kind.BREACHED);
    }
}
