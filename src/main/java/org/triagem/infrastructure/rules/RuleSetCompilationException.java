package org.triagem.infrastructure.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rules tree that does not compile; lists every problem found. */
public class RuleSetCompilationException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetCompilationException(List<RuleProblem> problems) {
        super("the rules do not compile:\n" + problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
