package org.triagem.application.report;

import java.util.List;
import java.util.Map;

/** Counts per name (category, root cause, tag) in the report's period and in the one just before. */
public record RankedCounts(Map<String, Long> current, Map<String, Long> previous) {

    public RankedCounts {
        current = Map.copyOf(current);
        previous = Map.copyOf(previous);
    }

    public List<Ranked> top() {
        return Ranked.top(current, previous);
    }
}
