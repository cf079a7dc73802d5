package org.triagem.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triagem.infrastructure.rules.RuleFixtures.complaint;
import static org.triagem.infrastructure.rules.RuleFixtures.tree;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keyword rows written as {@code Mention( phrase == "..." )}: hashed by Drools, yet matched the way
 * analysts expect {@code mentions(...)} to match (case, accents, whole words, phrases of several words).
 */
class MentionFactsTest {

    private static final String OWNERSHIP_TABLE = """
            RuleSet,ownership
            Import,"org.triagem.domain.model.routing.Mention, org.triagem.domain.model.routing.Decision"
            Variables,org.triagem.domain.model.routing.Decision decision
            Sequential,true
            ACTIVATION-GROUP,ownership
            ,
            RuleTable Ownership,,
            NAME,CONDITION,ACTION
            ,Mention,
            ,"phrase == ""$param""\",\"decision.assignTo(""$param"");"
            Rule,The complaint mentions,The owning department is
            Lawsuits go to Jurídico,Processo,Jurídico
            Undelivered orders go to Logística,Não Entregue,Logística
            Double charges go to Financeiro,cobrança indevida,Financeiro
            Internet complaints go to Suporte,consumidor.gov.br,Ouvidoria
            Cancellations go to Retenção,"cancelar, cancelamento, desistir do contrato",Cancelamento/Retenção
            Everything else goes to Atendimento,,Atendimento
            """;

    private static final String PRIORITY_DRL = """
            package priority;

            import org.triagem.domain.model.routing.Mention;
            import org.triagem.domain.model.routing.Decision;
            import org.triagem.domain.model.complaint.Priority;

            rule "Procon in any spelling is P1"
            when
                Mention( phrase == "PROCON" )
                $d : Decision()
            then
                $d.prioritize( Priority.P1 );
            end

            rule "Everything starts at P3"
                salience 10
            when
                $d : Decision()
            then
                $d.prioritize( Priority.P3 );
            end
            """;

    private final CompiledRuleSet rules = new RuleSetCompiler().compile(tree(Map.of(
            "ownership/ownership.drl.csv", OWNERSHIP_TABLE,
            "priority/priority.drl", PRIORITY_DRL)));

    @Test
    void findsAPhraseWhateverItsCaseAndAccentsAsTheAnalystWroteIt() {
        assertThat(departmentFor("Pedido NAO ENTREGUE ate hoje")).isEqualTo("Logística");
        assertThat(departmentFor("Recebi uma COBRANCA Indevida")).isEqualTo("Financeiro");
        assertThat(departmentFor("Vou abrir um processo")).isEqualTo("Jurídico");
    }

    @Test
    void matchesWholeWordsOnlyAndPunctuationSeparatesWords() {
        assertThat(departmentFor("Sobre o processamento do pedido")).isEqualTo("Atendimento");
        assertThat(departmentFor("Reclamei no consumidor.gov.br ontem")).isEqualTo("Ouvidoria");
        assertThat(departmentFor("Pedido não-entregue!")).isEqualTo("Logística");
        assertThat(departmentFor("não foi entregue")).isEqualTo("Atendimento");
    }

    @Test
    void aCellMayListAlternativesAndAnyOfThemMatches() {
        assertThat(departmentFor("Quero CANCELAMENTO já")).isEqualTo("Cancelamento/Retenção");
        assertThat(departmentFor("vou desistir do contrato")).isEqualTo("Cancelamento/Retenção");
        assertThat(departmentFor("vou desistir")).isEqualTo("Atendimento");
    }

    @Test
    void firstMatchingRowWinsWhenTheTextMentionsSeveralPhrases() {
        assertThat(departmentFor("Cobrança indevida e vou entrar com processo")).isEqualTo("Jurídico");
    }

    @Test
    void exactlyOneOwnershipRowFiresForEveryComplaintOfALongRun() {
        // Sessions come from a pool and are reset between complaints: the activation group must hold
        // on the hundredth reuse as on the first.
        for (int i = 0; i < 100; i++) {
            assertThat(rules.evaluate(complaint("pedido não entregue")).firedRules()).as("evaluation %d", i)
                    .containsExactly("Undelivered orders go to Logística", "Everything starts at P3");
        }
    }

    @Test
    void aDrlRuleCanLookForAPhraseToo() {
        assertThat(rules.evaluate(complaint("Já fui ao Procon")).decision().getPriority().name()).isEqualTo("P1");
        assertThat(rules.evaluate(complaint("Tudo certo")).decision().getPriority().name()).isEqualTo("P3");
    }

    @Test
    void readsTheLookedForPhrasesFromTheCompiledRules() {
        // Seven in the ownership table, one in the priority DRL; the sla table looks for none.
        assertThat(rules.phrasesLookedForAtIntake()).isEqualTo(8);
    }

    @Test
    void explainsWhichRowFired() {
        assertThat(rules.evaluate(complaint("produto não entregue")).firedRules())
                .contains("Undelivered orders go to Logística");
    }

    @Test
    void aHaltedLoopingSessionLeavesNothingBehindForTheNextComplaint() {
        String looping = """
                package sla;
                import org.triagem.domain.model.routing.Mention;
                import org.triagem.domain.model.routing.Decision;
                rule "Loops when the complaint mentions loop"
                when
                    Mention( phrase == "loop" )
                    $d : Decision()
                then
                    update( $d );
                end
                """;
        CompiledRuleSet withLoop = new RuleSetCompiler(20).compile(tree(Map.of(
                "ownership/ownership.drl.csv", OWNERSHIP_TABLE, "sla/loop.drl", looping)));

        assertThatThrownBy(() -> withLoop.evaluate(complaint("loop"))).isInstanceOf(RuleLoopException.class);
        // The pooled session that was halted is reset before reuse: no fact, listener or halt survives.
        for (int i = 0; i < 20; i++) {
            CompiledRuleSet.Evaluation next = withLoop.evaluate(complaint("pedido não entregue"));
            assertThat(next.decision().getDepartment()).as("evaluation %d fired %s", i, next.firedRules()).isEqualTo("Logística");
            assertThat(next.firedRules()).containsExactly("Undelivered orders go to Logística");
        }
    }

    private String departmentFor(String text) {
        return rules.evaluate(complaint(text)).decision().getDepartment();
    }
}
