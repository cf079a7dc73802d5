package org.triagem.domain.model.staff;

import java.util.Set;

/**
 * An agent who may take a case now (present, in the department), with their skills and their open
 * cases weighted by priority ({@link WorkloadPolicy}).
 */
public record Candidate(String username, Set<String> skills, int weightedLoad) {

    public Candidate {
        skills = Set.copyOf(skills);
    }
}
