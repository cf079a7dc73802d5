package org.triagem.domain.model.staff;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The agent with the lightest open work, weighted by priority; ties go to the first user name. */
final class LeastLoaded implements AssignmentStrategy {

    static final Comparator<Candidate> LIGHTEST_FIRST =
            Comparator.comparingInt(Candidate::weightedLoad).thenComparing(Candidate::username);

    @Override
    public Optional<Candidate> choose(Set<String> caseTags, List<Candidate> candidates, String lastAssignee) {
        return candidates.stream().min(LIGHTEST_FIRST);
    }
}
