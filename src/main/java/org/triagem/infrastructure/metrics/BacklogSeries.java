package org.triagem.infrastructure.metrics;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.triagem.domain.model.complaint.Priority;

/**
 * The open backlog by department and priority, as gauge series. Departments are whatever the rules
 * route to, so a series is registered the first time its pair has open cases; after that it stays, and
 * reads zero once the pair has none, rather than vanishing (a vanished series reads as "no data" to an
 * alert, not as an empty queue).
 */
final class BacklogSeries {

    /** One series: a department at a priority. */
    record Key(String department, Priority priority) {

        Key {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(priority, "priority");
        }
    }

    private final Set<Key> registered = ConcurrentHashMap.newKeySet();
    private volatile Map<Key, Long> counts = Map.of();

    /** Takes a new reading; returns the pairs seen for the first time, which need a gauge. */
    List<Key> update(Map<Key, Long> reading) {
        counts = Map.copyOf(reading);
        return reading.keySet().stream().filter(registered::add).sorted(
                java.util.Comparator.comparing(Key::department).thenComparing(Key::priority)).toList();
    }

    /** The open cases of the pair at the last reading; zero if it had none. */
    long openCases(Key key) {
        return counts.getOrDefault(key, 0L);
    }
}
