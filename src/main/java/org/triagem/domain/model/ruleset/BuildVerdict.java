package org.triagem.domain.model.ruleset;

import java.util.List;

/**
 * What building a version found: the compile problems (a refusal of an upload's content counts as
 * one), and, when it compiled, the scenario rows it decided differently from what the analysts expect.
 * Both are collected, not thrown, so the analyst sees all that is wrong at once.
 */
public record BuildVerdict(List<CompileProblem> problems, List<ScenarioMismatch> mismatches) {

    public BuildVerdict {
        problems = List.copyOf(problems);
        mismatches = List.copyOf(mismatches);
    }

    /** Whether the version compiled (it may still fail scenarios). */
    public boolean compiles() {
        return problems.isEmpty();
    }
}
