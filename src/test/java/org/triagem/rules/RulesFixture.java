package org.triagem.rules;

import java.nio.file.Path;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.infrastructure.rules.CompiledRuleSet;
import org.triagem.infrastructure.rules.RuleSetCompiler;
import org.triagem.infrastructure.rules.RuleSetFiles;

/** Compiles the real top-level {@code rules/} tree once per test JVM, as the server does. */
final class RulesFixture {

    private static CompiledRuleSet compiled;

    private RulesFixture() {
    }

    static synchronized CompiledRuleSet rules() {
        if (compiled == null) {
            compiled = new RuleSetCompiler().compile(RuleSetFiles.readFrom(rulesDir()));
        }
        return compiled;
    }

    static Path rulesDir() {
        return Path.of(System.getProperty("triagem.rules.dir", "rules"));
    }

    static CompiledRuleSet.Evaluation decide(String subject, String description) {
        return rules().evaluate(new Complaint(Channel.WEB_FORM, subject, description, null, false));
    }
}
