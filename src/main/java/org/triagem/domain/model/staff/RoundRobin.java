package org.triagem.domain.model.staff;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Each agent in turn, in the order of their user names, continuing after the last one picked. */
final class RoundRobin implements AssignmentStrategy {

    @Override
    public Optional<Candidate> choose(Set<String> caseTags, List<Candidate> candidates, String lastAssignee) {
        List<Candidate> inOrder = candidates.stream().sorted(Comparator.comparing(Candidate::username)).toList();
        if (inOrder.isEmpty()) {
            return Optional.empty();
        }
        if (lastAssignee != null) {
            for (Candidate c : inOrder) {
                if (c.username().compareTo(lastAssignee) > 0) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.of(inOrder.get(0));
    }
}
