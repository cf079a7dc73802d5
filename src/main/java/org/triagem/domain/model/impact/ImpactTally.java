package org.triagem.domain.model.impact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts what a replay finds, complaint by complaint. Not thread-safe on purpose: each worker keeps its
 * own tally for its share of a page, and the shares are {@link #add}ed in page order, so the examples
 * are the newest cases whichever worker decided them.
 */
public final class ImpactTally {

    /** Enough to judge a change by eye, few enough to read. */
    public static final int EXAMPLES_PER_KIND = 20;

    private long complaints;
    private long unchanged;
    private long fallbacks;
    private long fallbacksBefore;
    private final Map<ImpactKind, Long> changed = new EnumMap<>(ImpactKind.class);
    private final Map<String, Map<String, Long>> matrix = new TreeMap<>();
    private final Map<ImpactKind, List<ImpactExample>> examples = new EnumMap<>(ImpactKind.class);

    /** One complaint: what the active version decides ({@code before}) and the proposed one ({@code after}). */
    public void record(String protocol, Outcome before, Outcome after) {
        complaints++;
        boolean same = true;
        for (ImpactKind kind : ImpactKind.values()) {
            String was = before.valueOf(kind);
            String will = after.valueOf(kind);
            if (!Objects.equals(was, will)) {
                same = false;
                changed.merge(kind, 1L, Long::sum);
                List<ImpactExample> some = examples.computeIfAbsent(kind, k -> new ArrayList<>());
                if (some.size() < EXAMPLES_PER_KIND) {
                    some.add(new ImpactExample(protocol, was, will));
                }
            }
        }
        if (same) {
            unchanged++;
        }
        if (after.fallback()) {
            fallbacks++;
        }
        if (before.fallback()) {
            fallbacksBefore++;
        }
        matrix.computeIfAbsent(before.department(), d -> new TreeMap<>()).merge(after.department(), 1L, Long::sum);
    }

    /** Adds the tally of the complaints that come after this one's (their examples go after). */
    public void add(ImpactTally later) {
        complaints += later.complaints;
        unchanged += later.unchanged;
        fallbacks += later.fallbacks;
        fallbacksBefore += later.fallbacksBefore;
        later.changed.forEach((kind, n) -> changed.merge(kind, n, Long::sum));
        later.matrix.forEach((from, row) -> row.forEach((to, n) ->
                matrix.computeIfAbsent(from, d -> new TreeMap<>()).merge(to, n, Long::sum)));
        later.examples.forEach((kind, theirs) -> {
            List<ImpactExample> ours = examples.computeIfAbsent(kind, k -> new ArrayList<>());
            theirs.stream().limit(Math.max(0, EXAMPLES_PER_KIND - ours.size())).forEach(ours::add);
        });
    }

    public long complaints() {
        return complaints;
    }

    public ImpactSummary summary() {
        Map<String, Long> changedByKey = new LinkedHashMap<>();
        Map<String, List<ImpactExample>> examplesByKey = new LinkedHashMap<>();
        for (ImpactKind kind : ImpactKind.values()) {
            changedByKey.put(ImpactKind.key(kind), changed.getOrDefault(kind, 0L));
            examplesByKey.put(ImpactKind.key(kind), List.copyOf(examples.getOrDefault(kind, List.of())));
        }
        List<ImpactSummary.MatrixCell> cells = new ArrayList<>();
        matrix.forEach((from, row) -> row.forEach((to, n) -> cells.add(new ImpactSummary.MatrixCell(from, to, n))));
        return new ImpactSummary(complaints, unchanged, fallbacks, fallbacksBefore, changedByKey, cells, examplesByKey);
    }
}
