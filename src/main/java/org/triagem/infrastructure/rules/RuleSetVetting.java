package org.triagem.infrastructure.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gate a candidate version passes before it may be activated: it must compile, and then every
 * scenario shipped with it must pass. Both outcomes are collected, not thrown, so the analyst sees all
 * that is wrong at once.
 */
public final class RuleSetVetting {

    private final RuleSetCompiler compiler;
    private final ScenarioRunner scenarios = new ScenarioRunner();

    public RuleSetVetting(RuleSetCompiler compiler) {
        this.compiler = compiler;
    }

    /** Compiles the tree under the given label and runs its scenarios. */
    public Verdict vet(RuleSetArchive candidate, String versionLabel) {
        CompiledRuleSet compiled;
        try {
            compiled = compiler.compile(candidate.rules(), versionLabel);
        } catch (RuleSetCompilationException e) {
            return new Verdict(null, e.problems(), List.of());
        } catch (RuntimeException e) {
            // A spreadsheet Drools cannot even parse fails outside the builder's messages.
            return new Verdict(null, List.of(new RuleProblem("", 0, rootMessage(e))), List.of());
        }
        List<ScenarioFailure> failures = new ArrayList<>();
        for (Map.Entry<String, String> file : candidate.scenarios().entrySet()) {
            failures.addAll(scenarios.runFile(file.getKey(), file.getValue(), compiled));
        }
        return new Verdict(compiled, List.of(), List.copyOf(failures));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** The compiled rules (null when they do not compile), the compile problems, the scenario failures. */
    public record Verdict(CompiledRuleSet compiled, List<RuleProblem> problems, List<ScenarioFailure> failures) {

        /** A tree refused before compiling: it never reaches the compiler, so none of it can run. */
        public static Verdict refused(List<RuleProblem> problems) {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
            return new Verdict(null, List.copyOf(problems), List.of());
        }

        public boolean compiles() {
            return compiled != null;
        }
    }
}
