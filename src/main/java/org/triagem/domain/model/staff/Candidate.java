package org.triagem.domain.model.staff;

import java.util.Set;

/**
 * An agent who may take a case now (present, in the department), with their skills and their open
 * cases weighted by priority (a P1 counts 4, a P4 counts 1).
 */
public record Candidate(String username, Set<String> skills, int weightedLoad) {

    public Candidate {
        skills = Set.copyOf(skills);
    }
}
