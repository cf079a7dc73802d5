package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagem.infrastructure.rules.ScenarioFailure;
import org.triagem.infrastructure.rules.ScenarioRunner;

/** How {@link ScenarioRunner} reads scenario files and reports what disagrees. */
class ScenarioRunnerTest {

    private final ScenarioRunner runner = new ScenarioRunner();

    @Test
    void reportsTheFileRowFieldAndBothValuesOfAMismatch() {
        String csv = """
                name,channel,description,expected_department,expected_priority
                certo,WEB_FORM,Vou ao Procon,Ouvidoria,P1
                errado,WEB_FORM,Vou ao Procon,Financeiro,P1
                """;
        assertThat(runner.runFile("scenarios/x.csv", csv, RulesFixture.rules()))
                .containsExactly(new ScenarioFailure("scenarios/x.csv", 3, "expected_department", "Financeiro", "Ouvidoria"));
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = "channel,description,expected_department\n"
                + "EMAIL,\"Fatura errada, \"\"de novo\"\"\nsegunda linha\",Financeiro\n"
                + "EMAIL,Vou ao Procon,Ouvidoria\n";
        assertThat(runner.runFile("s.csv", csv, RulesFixture.rules())).isEmpty();
    }

    @Test
    void readsSemicolonSeparatedFilesAsExcelSavesThemInBrazil() {
        String csv = "\uFEFFchannel;description;expected_department\r\nPHONE;Quero cancelar, já;Cancelamento\r\n";
        assertThat(runner.runFile("s.csv", csv, RulesFixture.rules())).isEmpty();
    }

    @Test
    void reportsAnUnknownColumnInsteadOfSkippingIt() {
        String csv = "channel,description,expected_departmnet\nWEB_FORM,Olá,Atendimento\n";
        assertThat(runner.runFile("s.csv", csv, RulesFixture.rules()))
                .extracting(ScenarioFailure::field, ScenarioFailure::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("(header)", "expected_departmnet"));
    }

    @Test
    void reportsAnUnreadableCellAsAFailureOfThatRow() {
        String csv = "channel,description,earlier_open_cases,expected_department\n"
                + "FAX,Olá,,Atendimento\nWEB_FORM,Olá,muitos,Atendimento\n";
        assertThat(runner.runFile("s.csv", csv, RulesFixture.rules()))
                .extracting(ScenarioFailure::row, ScenarioFailure::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "channel"),
                        org.assertj.core.groups.Tuple.tuple(3, "earlier_open_cases"));
    }

    @Test
    void checksOnlyTheTagsAScenarioLists() {
        String csv = "channel,description,expected_tags\nWEB_FORM,Procon e advogado,\"juridico, procon\"\n"
                + "WEB_FORM,Olá,vip\n";
        assertThat(runner.runFile("s.csv", csv, RulesFixture.rules()))
                .extracting(ScenarioFailure::row).containsExactly(3);
    }

    @Test
    void runsEveryCsvFileInTheScenarioFolderAndNothingElse(@TempDir Path root) throws IOException {
        Path scenarios = Files.createDirectories(root.resolve("scenarios"));
        Files.writeString(scenarios.resolve("a.csv"), "channel,description,expected_department\nEMAIL,Olá,Financeiro\n");
        Files.writeString(scenarios.resolve("notes.txt"), "not a scenario");
        assertThat(runner.run(root, RulesFixture.rules()))
                .extracting(ScenarioFailure::file).containsExactly("scenarios/a.csv");
    }

    @Test
    void findsNoFailuresWhenThereIsNoScenarioFolder(@TempDir Path root) {
        assertThat(runner.run(root, RulesFixture.rules())).isEmpty();
    }

    @Test
    void runsASurveyScenarioFileThroughTheSurveyRules() {
        String csv = """
                name,channel,department,resolution_code,days_since_nps,sample,expected_survey,expected_kinds
                certo,EMAIL,Financeiro,estorno,,10,sim,"CSAT, CES, NPS"
                errado,EMAIL,Financeiro,spam,,10,sim,
                """;
        assertThat(runner.runFile("scenarios/survey.csv", csv, RulesFixture.rules()))
                .containsExactly(new ScenarioFailure("scenarios/survey.csv", 3, "expected_survey", "sim", "não"));
    }

    @Test
    void reportsAnUnknownColumnOfASurveyFile() {
        String csv = "channel,department,resolution_code,expected_nps\nEMAIL,Financeiro,estorno,sim\n";
        assertThat(runner.runFile("s.csv", csv, RulesFixture.rules()))
                .containsExactly(new ScenarioFailure("s.csv", 1, "(header)", "a known column", "expected_nps"));
    }

    @Test
    void runsAnEscalationScenarioFileThroughTheEscalationRules() {
        String csv = """
                name,clock,percent_elapsed,department,priority,escalation_level,expected_notify_supervisor,expected_priority,expected_department
                Prazo legal a 80% vai para a Ouvidoria,LEGAL,80,Comercial,P3,,sim,P1,Ouvidoria
                Resolução vencida sem escalonamento fica,resolução,100,Financeiro,P3,0,sim,P2,Ouvidoria
                Metade do prazo de um P3 não avisa ninguém,FIRST_RESPONSE,50,Financeiro,P3,,sim,,
                """;
        assertThat(runner.runFile("scenarios/escalation.csv", csv, RulesFixture.rules())).containsExactly(
                new ScenarioFailure("scenarios/escalation.csv", 3, "expected_department", "Ouvidoria", "Financeiro"),
                new ScenarioFailure("scenarios/escalation.csv", 4, "expected_notify_supervisor", "sim", "não"));
    }

    @Test
    void reportsAnUnreadableCheckpointAndAnUnknownEscalationColumn() {
        String csv = "name,clock,percent_elapsed,department,priority,expected_priority\n"
                + "relógio errado,SEMANAL,80,Financeiro,P3,P1\nprioridade errada,LEGAL,80,Financeiro,P9,P1\n";
        assertThat(runner.runFile("s.csv", csv, RulesFixture.rules()))
                .extracting(ScenarioFailure::row, ScenarioFailure::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "clock"),
                        org.assertj.core.groups.Tuple.tuple(3, "priority"));
        assertThat(runner.runFile("s.csv", "clock,expected_move\nLEGAL,Ouvidoria\n", RulesFixture.rules()))
                .containsExactly(new ScenarioFailure("s.csv", 1, "(header)", "a known column", "expected_move"));
    }

    @Test
    void theShippedEscalationScenariosPassAndAreReallyRunThroughTheEscalationRules() throws IOException {
        String csv = Files.readString(RulesFixture.rulesDir().resolve("scenarios/escalation.csv"));
        assertThat(runner.runFile("scenarios/escalation.csv", csv, RulesFixture.rules())).isEmpty();
        // Break one expectation: the shipped file is really read through the escalation rules.
        String broken = csv.replace("LEGAL,80,Comercial,P3,,sim,P1,Ouvidoria", "LEGAL,80,Comercial,P3,,sim,P1,Comercial");
        assertThat(broken).isNotEqualTo(csv);
        assertThat(runner.runFile("scenarios/escalation.csv", broken, RulesFixture.rules()))
                .extracting(ScenarioFailure::field, ScenarioFailure::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("expected_department", "Ouvidoria"));
    }
}
