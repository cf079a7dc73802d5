package org.triagem.rules;

import java.nio.file.Path;
import java.util.List;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.DecisionStage;
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

    /** Decides a web-form complaint from an anonymous, first-time customer. */
    static CompiledRuleSet.Evaluation decide(String subject, String description) {
        return rules().evaluate(new Complaint(Channel.WEB_FORM, subject, description, null, false));
    }

    /** The rules of one stage that fired for an anonymous web-form complaint, whatever their names. */
    static List<String> firedIn(DecisionStage stage, String subject, String description) {
        return rules().explain(new Complaint(Channel.WEB_FORM, subject, description, null, false)).stages().stream()
                .filter(s -> s.stage() == stage).flatMap(s -> s.firedRules().stream()).toList();
    }

    /** Decides a complaint built field by field, for rules that read more than the text. */
    static CompiledRuleSet.Evaluation decide(Complaint.Builder complaint) {
        return rules().evaluate(complaint.build());
    }

    /** A web-form complaint from an identified customer, to refine with the builder's other fields. */
    static Complaint.Builder complaint(String description) {
        return Complaint.builder().channel(Channel.WEB_FORM).description(description).customerIdentified(true);
    }

    /** Asks the escalation rules what to do at a checkpoint of a case never escalated before. */
    static CompiledRuleSet.EscalationEvaluation escalate(CheckpointClock clock, int percent, String department,
            Priority priority) {
        return escalate(clock, percent, department, priority, 0);
    }

    static CompiledRuleSet.EscalationEvaluation escalate(CheckpointClock clock, int percent, String department,
            Priority priority, int escalationLevel) {
        return rules().escalate(new Checkpoint(clock, percent, department, priority, escalationLevel));
    }
}
