package org.triagem.domain.model.impact;

import java.util.List;
import java.util.Map;

/**
 * What activating a proposed version would have changed over the replayed complaints: how many were
 * replayed, how many would be decided exactly as today, how many the proposed version (and the active
 * one) could not decide, how many would change each part of the decision (a complaint may change
 * several), the departments before and after as a matrix (the diagonal is what stays), and up to
 * {@link ImpactTally#EXAMPLES_PER_KIND} example cases per kind of change, newest first.
 *
 * @param changed by the lower-case name of an {@link ImpactKind}: {@code department}, {@code priority},
 *     {@code sla}, {@code category}
 * @param examples keyed like {@code changed}
 */
public record ImpactSummary(long complaints, long unchanged, long fallbacks, long fallbacksBefore,
        Map<String, Long> changed, List<MatrixCell> departmentMatrix, Map<String, List<ImpactExample>> examples) {

    public ImpactSummary {
        changed = Map.copyOf(changed);
        departmentMatrix = List.copyOf(departmentMatrix);
        examples = Map.copyOf(examples);
    }

    /** How many would change that part of their decision. */
    public long changed(ImpactKind kind) {
        return changed.getOrDefault(ImpactKind.key(kind), 0L);
    }

    /** How many complaints the active version sent to {@code from} and the proposed one to {@code to}. */
    public long moved(String from, String to) {
        return departmentMatrix.stream().filter(c -> c.from().equals(from) && c.to().equals(to))
                .mapToLong(MatrixCell::count).sum();
    }

    /** One cell of the department matrix: active version's department, proposed version's, how many. */
    public record MatrixCell(String from, String to, long count) {
    }
}
