package org.triagem.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triagem.infrastructure.rules.RuleFixtures.complaint;
import static org.triagem.infrastructure.rules.RuleFixtures.tree;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.routing.DecisionStage;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.StageFirings;

/**
 * The four intake stages share one session, each an agenda group: a stage sees what the earlier ones
 * decided, never fires out of turn, and an analyst cannot move a rule out of its stage.
 */
class IntakeStagesTest {

    private static final String CLASSIFICATION = """
            package classification;
            import org.triagem.domain.model.routing.Complaint;
            import org.triagem.domain.model.routing.Decision;

            rule "Bills are Cobrança"
            when
                Complaint( mentions( "fatura" ) )
                $d : Decision()
            then
                $d.classifyAs( "Cobrança" );
            end
            """;

    private static final String OWNERSHIP = """
            RuleSet,ownership
            Import,"org.triagem.domain.model.routing.Decision"
            Variables,org.triagem.domain.model.routing.Decision decision
            Sequential,true
            ACTIVATION-GROUP,ownership
            ,
            RuleTable Ownership,,
            NAME,CONDITION,ACTION
            ,Decision,
            ,"category == ""$param""\",\"decision.assignTo(""$param"");"
            Rule,The category is,The owning department is
            Bills go to Financeiro,Cobrança,Financeiro
            Everything else goes to Atendimento,,Atendimento
            """;

    private static final String PRIORITY = """
            package priority;
            import org.triagem.domain.model.routing.Decision;
            import org.triagem.domain.model.complaint.Priority;

            rule "Everything starts at P3"
                salience 10
            when
                $d : Decision()
            then
                $d.prioritize( Priority.P3 );
            end

            rule "Financeiro's complaints are P2"
            when
                $d : Decision( department == "Financeiro" )
            then
                $d.raisePriorityTo( Priority.P2 );
            end
            """;

    /** The last row has no condition at all: the default targets. */
    private static final String SLA = """
            RuleSet,sla
            Import,"org.triagem.domain.model.routing.Decision, org.triagem.domain.model.complaint.Priority"
            Variables,org.triagem.domain.model.routing.Decision decision
            Sequential,true
            ACTIVATION-GROUP,sla
            ,
            RuleTable SLA targets,,
            NAME,CONDITION,ACTION
            ,Decision,
            ,priority == Priority.$param,"decision.setSlaTargets($1, $2, $3);"
            Rule,The priority is,"First response, resolution, legal days"
            P2 complaints are answered within 2 hours,P2,"120, 960, 7"
            Every other complaint is answered within a day,,"480, 2880, 7"
            """;

    private final CompiledRuleSet rules = new RuleSetCompiler().compile(tree(Map.of(
            "classification/categories.drl", CLASSIFICATION, "ownership/ownership.drl.csv", OWNERSHIP,
            "priority/priority.drl", PRIORITY, "sla/sla.drl.csv", SLA)));

    @Test
    void eachStageSeesWhatTheEarlierStagesDecided() {
        Decision decision = rules.evaluate(complaint("minha fatura veio errada")).decision();

        assertThat(decision.getCategory()).isEqualTo("Cobrança");
        assertThat(decision.getDepartment()).isEqualTo("Financeiro");
        assertThat(decision.getPriority()).isEqualTo(Priority.P2);
        assertThat(decision.getSlaTargets().firstResponseMinutes()).isEqualTo(120);
    }

    @Test
    void aTableRowWithNoConditionIsTheFallbackOfItsStage() {
        Decision decision = rules.evaluate(complaint("quero falar com alguém")).decision();

        assertThat(decision.getDepartment()).isEqualTo("Atendimento");
        assertThat(decision.getPriority()).isEqualTo(Priority.P3);
        assertThat(decision.getSlaTargets().firstResponseMinutes()).isEqualTo(480);
    }

    @Test
    void rulesFireStageByStageInTheStagesOrder() {
        Explanation why = rules.explain(complaint("minha fatura veio errada"));

        assertThat(why.stages()).extracting(StageFirings::stage)
                .containsExactlyElementsOf(DecisionStage.AT_INTAKE);
        assertThat(why.stages()).extracting(StageFirings::firedRules).containsExactly(
                java.util.List.of("Bills are Cobrança"),
                java.util.List.of("Bills go to Financeiro"),
                java.util.List.of("Everything starts at P3", "Financeiro's complaints are P2"),
                java.util.List.of("P2 complaints are answered within 2 hours"));
    }

    @Test
    void theSlaStageAloneRunsNoOtherStage() {
        Decision decided = new Decision();
        decided.classifyAs("Cobrança");
        decided.assignTo("Atendimento");
        decided.prioritize(Priority.P2);

        CompiledRuleSet.Evaluation sla = rules.decideSla(complaint("minha fatura veio errada"), decided);

        assertThat(sla.firedRules()).containsExactly("P2 complaints are answered within 2 hours");
        assertThat(sla.decision().getDepartment()).as("ownership did not run again").isEqualTo("Atendimento");
    }

    @Test
    void theFiringCapCountsEachStageOnItsOwn() {
        // Priority fires two rules and every other stage one: five in all, never more than two per stage.
        CompiledRuleSet capped = new RuleSetCompiler(2).compile(tree(Map.of(
                "classification/categories.drl", CLASSIFICATION, "ownership/ownership.drl.csv", OWNERSHIP,
                "priority/priority.drl", PRIORITY, "sla/sla.drl.csv", SLA)));

        assertThat(capped.evaluate(complaint("minha fatura veio errada")).firedRules()).hasSize(5);
    }

    @Test
    void aRuleThatNamesAnotherAgendaGroupStillRunsInItsFoldersStage() {
        // The folder's ruleflow group (the same thing as an agenda group in Drools) takes precedence.
        String elsewhere = PRIORITY.replace("salience 10", "salience 10\n    agenda-group \"ownership\"");
        CompiledRuleSet moved = new RuleSetCompiler().compile(tree(Map.of(
                "ownership/ownership.drl.csv", OWNERSHIP, "priority/priority.drl", elsewhere)));

        Explanation why = moved.explain(complaint("quero falar com alguém"));

        assertThat(why.stages().get(1).firedRules()).containsExactly("Everything else goes to Atendimento");
        assertThat(why.stages().get(2).firedRules()).containsExactly("Everything starts at P3");
    }

    @Test
    void aRuleThatNamesAnotherRuleflowGroupIsRejectedWithItsFile() {
        String elsewhere = PRIORITY.replace("salience 10", "salience 10\n    ruleflow-group \"ownership\"");

        assertThatThrownBy(() -> new RuleSetCompiler().compile(tree(Map.of(
                "ownership/ownership.drl.csv", OWNERSHIP, "priority/priority.drl", elsewhere))))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("priority/priority.drl");
                            assertThat(p.message()).contains("Everything starts at P3", "\"ownership\"");
                        }));
    }

    @Test
    void aRuleflowGroupOfNoStageIsRejectedToo() {
        String elsewhere = PRIORITY.replace("salience 10", "salience 10\n    ruleflow-group \"later\"");

        assertThatThrownBy(() -> new RuleSetCompiler().compile(tree(Map.of("priority/priority.drl", elsewhere))))
                .isInstanceOf(RuleSetCompilationException.class).hasMessageContaining("Everything starts at P3");
    }

    @Test
    void anAutoFocusRuleIsRejected() {
        String grabbing = PRIORITY.replace("salience 10", "salience 10\n    auto-focus true");

        assertThatThrownBy(() -> new RuleSetCompiler().compile(tree(Map.of("priority/priority.drl", grabbing))))
                .isInstanceOf(RuleSetCompilationException.class).hasMessageContaining("auto-focus");
    }
}
