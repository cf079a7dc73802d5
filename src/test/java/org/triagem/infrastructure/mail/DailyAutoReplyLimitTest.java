package org.triagem.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyAutoReplyLimitTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final Clock MARCH_10_NOON = Clock.fixed(Instant.parse("2026-03-10T15:00:00Z"), SAO_PAULO);

    @Test
    void allowsRepliesBelowTheDefaultOfTenPerDay() {
        DailyAutoReplyLimit limit = new DailyAutoReplyLimit((address, day) -> 9, MARCH_10_NOON);

        assertThat(limit.maxPerDay()).isEqualTo(10);
        assertThat(limit.check("cliente@example.com").isAllowed()).isTrue();
    }

    @Test
    void refusesOnceTheAddressHasHadItsDailyShare() {
        DailyAutoReplyLimit limit = new DailyAutoReplyLimit((address, day) -> 10, MARCH_10_NOON);

        assertThat(limit.check("cliente@example.com").refusal()).isEqualTo(AutoReplyRefusal.DAILY_LIMIT_REACHED);
    }

    @Test
    void honoursAConfiguredLimit() {
        DailyAutoReplyLimit limit = new DailyAutoReplyLimit((address, day) -> 2, 3, MARCH_10_NOON);
        DailyAutoReplyLimit none = new DailyAutoReplyLimit((address, day) -> 0, 0, MARCH_10_NOON);

        assertThat(limit.check("cliente@example.com").isAllowed()).isTrue();
        assertThat(none.check("cliente@example.com").isAllowed()).isFalse();
    }

    @Test
    void countsByLowerCaseAddressOnTheCalendarDayOfTheClocksZone() {
        List<String> asked = new ArrayList<>();
        Clock lateEvening = Clock.fixed(Instant.parse("2026-03-11T02:30:00Z"), SAO_PAULO); // 23:30 on the 10th
        DailyAutoReplyLimit limit = new DailyAutoReplyLimit((address, day) -> {
            asked.add(address + " " + day);
            return 0;
        }, lateEvening);

        limit.check("  Cliente@Example.COM ");

        assertThat(asked).containsExactly("cliente@example.com " + LocalDate.of(2026, 3, 10));
    }

    @Test
    void refusesWithoutAnAddress() {
        DailyAutoReplyLimit limit = new DailyAutoReplyLimit((address, day) -> 0, MARCH_10_NOON);

        assertThat(limit.check(" ").refusal()).isEqualTo(AutoReplyRefusal.NO_SENDER);
        assertThat(limit.check(null).refusal()).isEqualTo(AutoReplyRefusal.NO_SENDER);
    }
}
