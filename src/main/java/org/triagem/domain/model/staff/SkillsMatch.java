package org.triagem.domain.model.staff;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The agent whose skills cover most of the case's tags; among equals, the least loaded. When nobody
 * has a matching skill, the least loaded agent takes it: a case is never left unassigned for want of
 * a specialist.
 */
final class SkillsMatch implements AssignmentStrategy {

    @Override
    public Optional<Candidate> choose(Set<String> caseTags, List<Candidate> candidates, String lastAssignee) {
        Set<String> tags = caseTags.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        Comparator<Candidate> byMatches = Comparator.comparingLong(c -> -matches(c, tags));
        return candidates.stream().min(byMatches.thenComparing(LeastLoaded.LIGHTEST_FIRST));
    }

    private static long matches(Candidate c, Set<String> tags) {
        return c.skills().stream().filter(tags::contains).count();
    }
}
