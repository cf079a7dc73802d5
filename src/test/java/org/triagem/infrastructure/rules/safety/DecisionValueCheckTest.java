package org.triagem.infrastructure.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.SeededCatalogues;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetFiles;

/**
 * The departments, priorities and categories an uploaded tree gives or tests are read as data (table
 * cells, DRL literals), and each one the server does not know is a problem at its cell or line, naming
 * the known values and the closest one, before anything is compiled or any scenario runs.
 */
class DecisionValueCheckTest {

    private static final Path RULES = UploadedDrlCheckTest.RULES;
    private static final String OWNERSHIP = "ownership/ownership.drl.csv";
    private static final String SLA = "sla/sla.drl.csv";

    private final RuleSetFiles deployed = RuleSetFiles.readFrom(RULES);
    private final DecisionValueCheck check = new DecisionValueCheck(
            new SeededCatalogues().current(CatalogueKind.DEPARTMENT), deployed);

    @Test
    void theShippedRulesNameOnlyKnownDepartmentsPrioritiesAndCategories() {
        assertThat(check.problemsIn(deployed)).isEmpty();
    }

    @Test
    void aMistypedDepartmentInATableIsRefusedAtItsCellWithTheClosestKnownOne() throws Exception {
        List<RuleProblem> problems = check.problemsIn(tree(OWNERSHIP, shipped(OWNERSHIP)
                .replace(",,Entrega,,Logística", ",,Entrega,,Logistca")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(OWNERSHIP);
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.column()).isEqualTo("E");
            assertThat(p.message()).startsWith("A célula E19 (linha 19, coluna E), ação \"O departamento responsável é\"")
                    .contains("departamento desconhecido \"Logistca\"").contains("você quis dizer \"Logística\"?")
                    .contains("departamentos conhecidos:").contains("Financeiro");
        });
    }

    @Test
    void aRetiredDepartmentIsRefusedAsRetired() throws Exception {
        DecisionValueCheck withoutComercial = new DecisionValueCheck(new SeededCatalogues()
                .retiring(CatalogueKind.DEPARTMENT, "Comercial").current(CatalogueKind.DEPARTMENT), deployed);

        assertThat(withoutComercial.problemsIn(tree(OWNERSHIP, shipped(OWNERSHIP)))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"Comercial\"").contains("desativado"));
    }

    @Test
    void anUnknownPriorityInATableIsRefusedAtItsCellNamingTheDomainsPriorities() throws Exception {
        String sla = shipped(SLA);
        String firstPriorityRow = sla.lines().filter(l -> l.matches("[^,]*,[^,]*,P[1-4],.*")).findFirst().orElseThrow();
        int row = sla.lines().toList().indexOf(firstPriorityRow) + 1;

        List<RuleProblem> problems = check.problemsIn(tree(SLA, sla.replace(firstPriorityRow,
                firstPriorityRow.replaceFirst(",P([1-4]),", ",P7,"))));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.column()).isEqualTo("C");
            assertThat(p.message()).contains("prioridade desconhecida \"P7\"").contains("P1, P2, P3, P4");
        });
    }

    @Test
    void aConditionOnACategoryNoClassificationMakesIsRefusedWithTheKnownCategories() throws Exception {
        List<RuleProblem> problems = check.problemsIn(tree(OWNERSHIP, shipped(OWNERSHIP)
                .replace(",,Cobrança,,Financeiro", ",,Cobranca,,Financeiro")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("C");
            assertThat(p.message()).contains("categoria desconhecida \"Cobranca\"")
                    .contains("você quis dizer \"Cobrança\"?").contains("Cancelamento");
        });
    }

    @Test
    void aNewCategoryIsAcceptedButOneThatLooksLikeAKnownOneIsTakenForATypo() {
        String drl = """
                package classification;
                rule "Garantia" when $d : Decision() then $d.classifyAs("Garantia"); end
                rule "Quase cobrança" when $d : Decision() then
                    $d.classifyAs("Cobranca");
                end
                """;

        assertThat(check.problemsIn(tree("classification/novas.drl", drl)))
                .extracting(RuleProblem::line, RuleProblem::column)
                .containsExactly(tuple(4, "20"));
    }

    @Test
    void drlLiteralsAreCheckedWithTheirLinesAndCommentsAreNot() {
        String drl = """
                package escalation;
                // $e.moveTo("Comentario") and Priority.P9 are not code
                rule "A" when $e : EscalationDecision() then
                    $e.note("moveTo(\\"Nota\\")");
                    $e.moveTo( "Ouvidoria" );
                    $e.moveTo(
                        'Vendas' );
                    $e.raisePriorityTo(Priority.P0);
                end
                /* $d.assignTo("Bloco") */
                rule "B" when $d : Decision() then $d.assignTo("Marketing"); end
                """;

        assertThat(check.problemsIn(tree("escalation/x.drl", drl)))
                .extracting(RuleProblem::file, RuleProblem::line)
                .containsExactlyInAnyOrder(tuple("escalation/x.drl", 7), tuple("escalation/x.drl", 11),
                        tuple("escalation/x.drl", 8));
    }

    @Test
    void aValueGivenByAnExpressionIsLeftToTheRoutingFallback() {
        assertThat(check.problemsIn(tree("ownership/x.drl", """
                rule "C" when $d : Decision() then $d.assignTo("Vend" + "as"); end
                """))).isEmpty();
    }

    private static String shipped(String path) throws Exception {
        return Files.readString(RULES.resolve(path), StandardCharsets.UTF_8);
    }

    private static RuleSetFiles tree(String path, String content) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
        return new RuleSetFiles(files);
    }
}
