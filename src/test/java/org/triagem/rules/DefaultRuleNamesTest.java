package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.rules.RulesFixture.complaint;
import static org.triagem.rules.RulesFixture.decide;
import static org.triagem.rules.RulesFixture.escalate;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.infrastructure.rules.RuleSetFiles;

/**
 * The names of the default rules are what staff read: the case page lists every rule that fired under
 * "Por que veio para cá", and the supervisor's escalation notice lists them too (docs/rules.md, "How rule
 * names appear to staff").
 */
class DefaultRuleNamesTest {

    /** The limit docs/rules.md gives analysts: a name longer than this no longer reads as one sentence. */
    private static final int LONGEST_NAME = 120;

    private static List<String> names;

    @BeforeAll
    static void readTheDefaultTree() {
        names = defaultRuleNames();
    }

    @Test
    void everyDefaultRuleHasANameOfItsOwn() {
        assertThat(names).as("rules read from the default tree").hasSizeGreaterThan(50);
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void everyDefaultRuleNameIsOneShortLine() {
        // A case stores its names one per line; the supervisor's e-mails join them with "; ".
        assertThat(names).allSatisfy(name -> {
            assertThat(name).isNotBlank().isEqualTo(name.strip()).doesNotContain("\n", "\r", ";");
            assertThat(name.length()).as(name).isLessThanOrEqualTo(LONGEST_NAME);
        });
    }

    @Test
    void everyDecisionTableRowWasNamedByAPerson() {
        // A table row with an empty NAME cell gets a name Drools makes up from the table and row number.
        assertThat(names).noneMatch(name -> name.matches("(?i)row \\d+.*|.*_\\d+"));
    }

    @Test
    void staffReadInPortugueseWhyAProconComplaintAboutADoubleChargeCameToOuvidoria() {
        var result = decide(complaint("Fui cobrado duas vezes na fatura e vou registrar no Procon."));

        assertThat(result.decision().getDepartment()).isEqualTo("Ouvidoria");
        assertThat(result.decision().getPriority()).isEqualTo(Priority.P1);
        assertThat(result.firedRules()).containsExactlyInAnyOrder(
                "Reclamações de cobrança indevida ou em dobro são da categoria Cobrança",
                "Reclamações que citam o Procon recebem a etiqueta procon",
                "Reclamações que citam o Procon vão para a Ouvidoria",
                "Todas as demais reclamações começam em P3",
                "Reclamações que citam o Procon são P1",
                "Reclamações P1 têm primeira resposta em até 1 hora útil e resolução em até 1 dia útil");
    }

    @Test
    void aSupervisorReadsInPortugueseWhyAnOverdueEscalatedCaseMovedToOuvidoria() {
        var result = escalate(CheckpointClock.RESOLUTION, 100, "Financeiro", Priority.P3, 1);

        assertThat(result.decision().getNewDepartment()).isEqualTo("Ouvidoria");
        assertThat(result.firedRules()).containsExactlyInAnyOrder(
                "Resolução com 80 % do prazo decorrido avisa o supervisor",
                "Resolução com prazo vencido eleva o caso a no mínimo P2",
                "Resolução vencida de caso já escalonado vai para a Ouvidoria");
    }

    /**
     * Every rule of the default tree, read back from the compiled rules rather than from the files, so a
     * decision table's rows count with the names Drools gives them.
     */
    private static List<String> defaultRuleNames() {
        KieServices ks = KieServices.get();
        ReleaseId release = ks.newReleaseId("org.triagem.test", "default-rule-names", "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(release);
        RuleSetFiles.readFrom(RulesFixture.rulesDir()).files()
                .forEach((path, content) -> kfs.write("src/main/resources/" + path, content));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        // Two rules of one package with the same name do not compile; across packages only the test above sees it.
        assertThat(builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)).isEmpty();
        KieBase base = ks.newKieContainer(release).getKieBase();
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(Rule::getName).toList();
    }
}
