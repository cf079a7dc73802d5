package org.triagem.domain.model.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** A subject request's clock: due in calendar days, escalated at 80 %, at the deadline and daily after. */
class SubjectRequestClockTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));
    private static final SubjectKey MARIA = new SubjectKey(SubjectKey.Type.CPF, "52998224725");

    private static SubjectRequest history() {
        return SubjectRequest.receive(RequestKind.HISTORY, RequestChannel.PHONE, ProtocolNumber.issue(2026, 7),
                MARIA, "fabio", MONDAY);
    }

    @Test
    void aHistoryRequestIsDueInFiveCalendarDaysWeekendIncluded() {
        SubjectRequest r = history();

        assertThat(r.dueAt()).isEqualTo(MONDAY.plusDays(5));
        assertThat(r.nextCheckAt()).isEqualTo(MONDAY.plusDays(4));
        assertThat(r.subjectMasked()).doesNotContain("52998224725").startsWith("CPF ");
        assertThat(r.subjectHash()).hasSize(64).isEqualTo(MARIA.hash());
    }

    @Test
    void anAccessRequestIsDueInFifteenDays() {
        SubjectRequest r = SubjectRequest.receive(RequestKind.ACCESS, RequestChannel.STATUS_PAGE,
                ProtocolNumber.issue(2026, 8), MARIA, "customer", MONDAY);

        assertThat(r.dueAt()).isEqualTo(MONDAY.plusDays(15));
    }

    @Test
    void nothingEscalatesBeforeTheFirstCheckpoint() {
        SubjectRequest r = history();

        assertThat(r.escalateIfDue(MONDAY.plusDays(3))).isEmpty();
        assertThat(r.escalationLevel()).isZero();
    }

    @Test
    void escalatesAtEightyPercentThenAtTheDeadlineThenEveryDayWhileOpen() {
        SubjectRequest r = history();

        assertThat(r.escalateIfDue(MONDAY.plusDays(4))).hasValueSatisfying(e -> {
            assertThat(e.percent()).isEqualTo(80);
            assertThat(e.breached()).isFalse();
            assertThat(e.level()).isEqualTo(1);
        });
        assertThat(r.nextCheckAt()).isEqualTo(r.dueAt());
        assertThat(r.escalateIfDue(MONDAY.plusDays(4).plusHours(1))).isEmpty();

        assertThat(r.escalateIfDue(MONDAY.plusDays(5))).hasValueSatisfying(e -> {
            assertThat(e.breached()).isTrue();
            assertThat(e.level()).isEqualTo(2);
        });
        assertThat(r.isOverdue(MONDAY.plusDays(5).plusMinutes(1))).isTrue();
        assertThat(r.nextCheckAt()).isEqualTo(MONDAY.plusDays(6));
        assertThat(r.escalateIfDue(MONDAY.plusDays(6))).hasValueSatisfying(e -> assertThat(e.level()).isEqualTo(3));
        assertThat(r.events()).extracting(SubjectRequestEvent::type).containsExactly(
                SubjectRequestEvent.Type.RECEIVED, SubjectRequestEvent.Type.ESCALATED,
                SubjectRequestEvent.Type.ESCALATED, SubjectRequestEvent.Type.ESCALATED);
    }

    @Test
    void aRequestCaughtUpAfterDowntimeEscalatesOnceAsBreached() {
        SubjectRequest r = history();

        assertThat(r.escalateIfDue(MONDAY.plusDays(9))).hasValueSatisfying(e -> assertThat(e.breached()).isTrue());
        assertThat(r.nextCheckAt()).isEqualTo(MONDAY.plusDays(10));
    }

    @Test
    void fulfillingStopsTheClockAndSaysWhetherItWasInTime() {
        SubjectRequest inTime = history();
        inTime.fulfil("fabio", Delivery.MAIL, MONDAY.plusDays(1));
        SubjectRequest late = history();
        late.fulfil("dora", Delivery.BY_STAFF, MONDAY.plusDays(6));

        assertThat(inTime.metInTime()).isTrue();
        assertThat(inTime.nextCheckAt()).isNull();
        assertThat(inTime.escalateIfDue(MONDAY.plusDays(9))).isEmpty();
        assertThat(late.metInTime()).isFalse();
        assertThat(late.isOverdue(MONDAY.plusDays(7))).isFalse();
        assertThat(late.events()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(SubjectRequestEvent.Type.FULFILLED);
            assertThat(e.actor()).isEqualTo("dora");
            assertThat(e.detail()).contains("BY_STAFF", "late");
        });
    }

    @Test
    void aRequestIsFulfilledOnce() {
        SubjectRequest r = history();
        r.fulfil("fabio", Delivery.MAIL, MONDAY);

        assertThatThrownBy(() -> r.fulfil("fabio", Delivery.MAIL, MONDAY)).isInstanceOf(IllegalStateException.class);
    }
}
