package org.triagem.domain.model.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the agent for a case among the present agents of its department. Implementations are pure
 * functions of their inputs, so each can be tested alone.
 */
public interface AssignmentStrategy {

    /**
     * @param caseTags the case's tags (what the skills strategy matches)
     * @param candidates present agents of the department, never empty
     * @param lastAssignee who the department's assignment picked last (round-robin continues after them)
     */
    Optional<Candidate> choose(Set<String> caseTags, List<Candidate> candidates, String lastAssignee);
}
