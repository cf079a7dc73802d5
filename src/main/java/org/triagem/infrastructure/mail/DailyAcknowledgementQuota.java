package org.triagem.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.outbox.AcknowledgementQuota;
import org.triagem.domain.model.outbox.Outbox;

/**
 * At most {@code triagem.mail.max-auto-replies-per-day} acknowledgements per address per calendar day
 * (in the customers' time zone), counted from the outbox itself, so every node sees the same count.
 */
@ApplicationScoped
public class DailyAcknowledgementQuota implements AcknowledgementQuota {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "triagem.mail.max-auto-replies-per-day", defaultValue = "10")
    int maxPerDay;

    @Inject
    @ConfigProperty(name = "triagem.mail.zone", defaultValue = "America/Sao_Paulo")
    String zone;

    @Override
    public Tally tally(Collection<String> addresses) {
        ZoneId customers = ZoneId.of(zone);
        Clock local = clock.withZone(customers);
        Map<String, Integer> counted = new HashMap<>(outbox.countAutomaticToEach(addresses,
                LocalDate.now(local).atStartOfDay(customers).toOffsetDateTime()));
        DailyAutoReplyLimit limit = new DailyAutoReplyLimit((to, day) -> counted.getOrDefault(to, 0), maxPerDay, local);
        return new Tally() {
            @Override
            public boolean allowsAnotherTo(String address) {
                return limit.check(address).isAllowed();
            }

            @Override
            public void queued(String address) {
                counted.merge(Outbox.addressKey(address), 1, Integer::sum);
            }
        };
    }
}
