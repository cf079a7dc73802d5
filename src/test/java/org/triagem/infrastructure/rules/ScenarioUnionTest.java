package org.triagem.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.ruleset.ScenarioRemoval;
import org.triagem.domain.model.ruleset.ScenarioRemovalException;

/** A proposal's scenarios are the server's plus its own; shrinking the server's takes a name and a reason. */
class ScenarioUnionTest {

    private static final String INTAKE = "scenarios/intake.csv";
    private static final String SERVER_INTAKE = """
            name,channel,description,expected_department,expected_priority
            Cobrança em dobro,WEB_FORM,Fui cobrado duas vezes,Financeiro,P3
            Ameaça de Procon,EMAIL,Vou ao Procon,Ouvidoria,P1
            """;
    private static final String SERVER_SURVEY = """
            name,channel,department,resolution_code,expected_survey
            Spam não recebe pesquisa,EMAIL,Atendimento,spam,não
            """;
    private static final Map<String, String> SERVER = Map.of(INTAKE, SERVER_INTAKE, "scenarios/survey.csv",
            SERVER_SURVEY);

    @Test
    void aProposalWithoutScenariosRunsEveryServerScenario() {
        ScenarioUnion.Result union = ScenarioUnion.of(SERVER, Map.of(), ScenarioRemoval.NONE);

        assertThat(union.scenarios()).isEqualTo(SERVER);
        assertThat(union.removed()).isEmpty();
    }

    @Test
    void aProposalsOwnFileAddsItsRowsAndTheServerRowsItLeftOutComeBack() {
        String own = """
                name,channel,description,expected_department,expected_priority
                Ameaça de Procon,EMAIL,Vou ao Procon,Ouvidoria,P1
                Entrega atrasada,WEB_FORM,Pedido atrasado,Logística,P3
                """;
        String merged = ScenarioUnion.of(SERVER, Map.of(INTAKE, own), ScenarioRemoval.NONE).scenarios().get(INTAKE);

        assertThat(merged).startsWith(own)
                .endsWith("Cobrança em dobro,WEB_FORM,Fui cobrado duas vezes,Financeiro,P3\n");
        assertThat(merged.lines().filter(l -> l.startsWith("Ameaça de Procon"))).hasSize(1);
    }

    @Test
    void aProposalMayChangeTheExpectationOfAServerScenario() {
        String own = """
                name,channel,description,expected_department,expected_priority
                Cobrança em dobro,WEB_FORM,Fui cobrado duas vezes,Comercial,P3
                Ameaça de Procon,EMAIL,Vou ao Procon,Ouvidoria,P1
                """;
        assertThat(ScenarioUnion.of(SERVER, Map.of(INTAKE, own), ScenarioRemoval.NONE).scenarios().get(INTAKE))
                .isEqualTo(own);
    }

    @Test
    void anEmptiedServerFileStillRunsEveryServerRowInTheProposalsColumnOrder() {
        String own = "expected_priority,expected_department,description,channel,name\n";
        String merged = ScenarioUnion.of(SERVER, Map.of(INTAKE, own), ScenarioRemoval.NONE).scenarios().get(INTAKE);

        assertThat(merged).isEqualTo(own + "P3,Financeiro,Fui cobrado duas vezes,WEB_FORM,Cobrança em dobro\n"
                + "P1,Ouvidoria,Vou ao Procon,EMAIL,Ameaça de Procon\n");
    }

    @Test
    void anEmptiedFileWithoutEvenAHeaderGetsTheServersFileBack() {
        assertThat(ScenarioUnion.of(SERVER, Map.of(INTAKE, "", "scenarios/survey.csv", "\n\n"), ScenarioRemoval.NONE)
                .scenarios()).isEqualTo(SERVER);
    }

    @Test
    void aNamedServerScenarioIsDroppedAndRecordedWithItsFile() {
        ScenarioUnion.Result union = ScenarioUnion.of(SERVER, Map.of(),
                new ScenarioRemoval(List.of("Ameaça de Procon"), "O Procon agora vai para o Jurídico"));

        assertThat(union.removed()).containsExactly("scenarios/intake.csv: Ameaça de Procon");
        assertThat(union.scenarios().get(INTAKE)).contains("Cobrança em dobro").doesNotContain("Procon");
        assertThat(union.scenarios().get("scenarios/survey.csv")).isEqualTo(SERVER_SURVEY);
    }

    @Test
    void droppingEveryRowOfAServerFileLeavesTheFileOut() {
        ScenarioUnion.Result union = ScenarioUnion.of(SERVER, Map.of(),
                new ScenarioRemoval(List.of("Spam não recebe pesquisa"), "As pesquisas saíram do ar"));

        assertThat(union.scenarios()).containsOnlyKeys(INTAKE);
    }

    @Test
    void droppingWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> new ScenarioRemoval(List.of("Ameaça de Procon"), "  "))
                .isInstanceOf(ScenarioRemovalException.class)
                .extracting(e -> ((ScenarioRemovalException) e).kind())
                .isEqualTo(ScenarioRemovalException.Kind.NO_REASON);
    }

    @Test
    void droppingAScenarioTheServerDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> ScenarioUnion.of(SERVER, Map.of(),
                new ScenarioRemoval(List.of("Ameaça de Procom"), "erro de digitação")))
                .isInstanceOf(ScenarioRemovalException.class).hasMessageContaining("Ameaça de Procom");
    }

    @Test
    void blankingAnExpectationOfAServerScenarioIsRefusedUnlessItIsNamed() {
        String own = """
                name,channel,description,expected_department,expected_priority
                Ameaça de Procon,EMAIL,Vou ao Procon,,P1
                """;
        assertThatThrownBy(() -> ScenarioUnion.of(SERVER, Map.of(INTAKE, own), ScenarioRemoval.NONE))
                .isInstanceOf(ScenarioRemovalException.class)
                .hasMessageContaining("Ameaça de Procon (expected_department)");

        ScenarioUnion.Result named = ScenarioUnion.of(SERVER, Map.of(INTAKE, own),
                new ScenarioRemoval(List.of("Ameaça de Procon"), "A Ouvidoria foi extinta"));
        assertThat(named.removed()).containsExactly("scenarios/intake.csv: Ameaça de Procon");
    }

    @Test
    void droppingAColumnTheServerChecksIsRefused() {
        String own = "name,channel,description,expected_department\nNovo,WEB_FORM,Olá,Atendimento\n";
        assertThatThrownBy(() -> ScenarioUnion.of(SERVER, Map.of(INTAKE, own), ScenarioRemoval.NONE))
                .isInstanceOf(ScenarioRemovalException.class).hasMessageContaining("expected_priority");
    }

    @Test
    void aNewScenarioFileOfTheProposalIsKeptAsItCame() {
        String own = "name,channel,description,expected_department\r\nNovo;\"com, vírgula\",x,y\r\n";
        assertThat(ScenarioUnion.of(SERVER, Map.of("scenarios/novo.csv", own), ScenarioRemoval.NONE).scenarios())
                .containsEntry("scenarios/novo.csv", own).containsKeys(INTAKE, "scenarios/survey.csv");
    }

    @Test
    void rowsPutBackIntoASemicolonFileAreWrittenWithSemicolonsAndQuotedWhereNeeded() {
        Map<String, String> server = Map.of(INTAKE, "name,channel,description\nA,EMAIL,\"Olá; tudo bem, não\"\n");
        String own = "name;channel;description\r\nB;EMAIL;Oi";
        assertThat(ScenarioUnion.of(server, Map.of(INTAKE, own), ScenarioRemoval.NONE).scenarios().get(INTAKE))
                .isEqualTo("name;channel;description\r\nB;EMAIL;Oi\nA;EMAIL;\"Olá; tudo bem, não\"\n");
    }
}
