package org.triagem.domain.model.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    @Test
    void raisesCallRecordsUnderTheDecreesNinetyDaysToNinetyWithAWarning() {
        RetentionPolicy policy = RetentionPolicy.of(1825, 30, 365, 90, 365, 30);
        assertThat(policy.callRecordDays()).isEqualTo(90);
        assertThat(policy.warnings()).singleElement().asString()
                .contains("call-records.days=30").contains("90 days");
    }

    @Test
    void keepsCallRecordsLongerWhenSetSoWithoutWarning() {
        RetentionPolicy policy = RetentionPolicy.of(1825, 30, 365, 90, 365, 400);
        assertThat(policy.callRecordDays()).isEqualTo(400);
        assertThat(policy.warnings()).isEmpty();
    }

    @Test
    void aPolicyOfZeroDaysKeepsThatKindForEver() {
        OffsetDateTime now = OffsetDateTime.of(2026, 12, 6, 12, 0, 0, 0, ZoneOffset.UTC);
        assertThat(RetentionPolicy.cutoff(0, now)).isEmpty();
        assertThat(RetentionPolicy.cutoff(30, now)).contains(now.minusDays(30));
    }

    @Test
    void aCallOfThirtyDaysAgoHoldsItsCaseUntilTheNinetiethDay() {
        OffsetDateTime now = OffsetDateTime.of(2026, 12, 6, 12, 0, 0, 0, ZoneOffset.UTC);
        SubjectCase called = new SubjectCase(1, "20260000000001",
                org.triagem.domain.model.complaint.CaseStatus.CLOSED, null, null, null, "+5511987654321",
                now.minusDays(30));
        assertThat(called.ownHolds(now, 90)).singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hold.Kind.CALL_RECORD);
                    assertThat(h.detail()).isEqualTo("2027-02-04");
                });
        assertThat(called.ownHolds(now.plusDays(61), 90)).isEmpty();
    }
}
