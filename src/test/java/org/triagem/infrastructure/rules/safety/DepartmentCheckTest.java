package org.triagem.infrastructure.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The departments an uploaded tree can send cases to are read as data (table cells, DRL literals) and
 * each one the list does not accept is a problem naming the file and the row or line.
 */
class DepartmentCheckTest {

    private static final Path RULES = UploadedDrlCheckTest.RULES;
    private static final String OWNERSHIP = "ownership/ownership.drl.csv";

    private final DepartmentCheck check = new DepartmentCheck(new SeededCatalogues().current(CatalogueKind.DEPARTMENT));

    @Test
    void theShippedRulesNameOnlyDepartmentsOfTheSeededList() {
        assertThat(check.problemsIn(RuleSetFiles.readFrom(RULES))).isEmpty();
    }

    @Test
    void aTableRowRoutingToADepartmentWithoutItsAccentIsRefusedAtItsRow() throws Exception {
        List<RuleProblem> problems = check.problemsIn(tree(OWNERSHIP, shipped(OWNERSHIP)
                .replace(",,Entrega,,Logística", ",,Entrega,,Logistica")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(OWNERSHIP);
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.message()).contains("linha 19 da planilha").contains("\"Logistica\"")
                    .contains("Logística").contains("Financeiro");
        });
    }

    @Test
    void aRetiredDepartmentIsRefusedAsRetired() throws Exception {
        DepartmentCheck withoutComercial = new DepartmentCheck(new SeededCatalogues()
                .retiring(CatalogueKind.DEPARTMENT, "Comercial").current(CatalogueKind.DEPARTMENT));

        assertThat(withoutComercial.problemsIn(tree(OWNERSHIP, shipped(OWNERSHIP)))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"Comercial\"").contains("desativado"));
    }

    @Test
    void drlLiteralsPassedToTheDepartmentVerbsAreCheckedWithTheirLines() {
        String drl = """
                package escalation;
                // $e.moveTo("Comentario") is not a call
                rule "A" when $e : EscalationDecision() then
                    $e.note("moveTo(\\"Nota\\")");
                    $e.moveTo( "Ouvidoria" );
                    $e.moveTo(
                        'Vendas' );
                end
                /* $d.assignTo("Bloco") */
                rule "B" when $d : Decision() then $d.assignTo("Marketing"); end
                """;

        assertThat(check.problemsIn(tree("escalation/x.drl", drl)))
                .extracting(RuleProblem::file, RuleProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("escalation/x.drl", 7),
                        org.assertj.core.groups.Tuple.tuple("escalation/x.drl", 10));
    }

    @Test
    void aDepartmentGivenByAnExpressionIsLeftToTheRoutingFallback() {
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
