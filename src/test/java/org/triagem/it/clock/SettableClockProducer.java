package org.triagem.it.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Takes the place of {@code ClockProducer} in a test's archive: an alternative with a priority is selected
 * for the whole application without a beans.xml entry, so the packaged beans.xml stays as it ships.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class SettableClockProducer {

    @Produces
    Clock clock() {
        // The zone ClockProducer's system clock has: code that reads the clock's zone sees no difference.
        return new SettableClock(ZoneId.systemDefault());
    }
}
