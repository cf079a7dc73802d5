package org.triagem.infrastructure.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetFiles;

/**
 * Decision tables: template rows must come from the catalogue, cells must be values of their column's
 * kind, and what Drools generates from the table passes the DRL check too. Refusals name the row.
 */
class UploadedTableCheckTest {

    private static final Path RULES = UploadedDrlCheckTest.RULES;
    private static final String OWNERSHIP = "ownership/ownership.drl.csv";
    private static final String SLA = "sla/sla.drl.csv";
    private static final String CATEGORIES = "classification/categories.drl.xlsx";

    private final UploadedRulesCheck check = UploadedRulesCheck.trustingNothing(
            RULES.resolve(UploadedRulesCheck.CATALOGUE));

    @Test
    void aCellThatClosesItsQuotesIsRefusedAtItsRow() {
        List<RuleProblem> problems = csv(OWNERSHIP, t -> t.replace(",,Cobrança,,Financeiro",
                ",,Cobrança,,\"Financeiro\"\"); System.exit(1); (\"\"\""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(OWNERSHIP);
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.message()).contains("A célula E18 (linha 18, coluna E)").contains("aspas");
            assertThat(p.column()).isEqualTo("E");
        });
    }

    @Test
    void aBackslashInATextCellIsRefused() {
        assertThat(csv(OWNERSHIP, t -> t.replace(",,Cobrança,,Financeiro", ",,Cobrança,,Finan\\u0022ceiro")))
                .singleElement().extracting(RuleProblem::message).asString().contains("barra invertida");
    }

    @Test
    void aTemplateRowOutsideTheCatalogueIsRefused() {
        List<RuleProblem> problems = csv(OWNERSHIP, t -> t.replace("\"decision.assignTo(\"\"$param\"\");\"",
                "\"decision.assignTo(\"\"$param\"\"); java.lang.Runtime.getRuntime().exec(\"\"id\"\");\""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).contains("E10").contains("catálogo");
        });
    }

    @Test
    void anEnumCellMustBeAConstantAndANumberListMustHaveItsCount() {
        assertThat(csv(SLA, t -> t.replace(",,P1,\"60, 480, 5\"", ",,P1.class,\"60, 480, 5\"")))
                .singleElement().extracting(RuleProblem::message).asString()
                .contains("P1.class").contains("P1, P2, P3, P4");
        assertThat(csv(SLA, t -> t.replace(",,P1,\"60, 480, 5\"", ",,P1,\"60, 480\"")))
                .singleElement().extracting(RuleProblem::message).asString().contains("3 números inteiros");
    }

    @Test
    void aNumberCellHoldsOnlyDigits() {
        assertThat(csv("classification/tags.drl.csv", t -> t.replace(",,1,,,reincidente",
                ",,1 || System.exit(0) == null,,,reincidente")))
                .singleElement().extracting(RuleProblem::message).asString().contains("número inteiro");
    }

    @Test
    void codeInTheRuleSetAreaIsRefusedByTheCheckOfTheGeneratedDrl() {
        assertThat(csv(OWNERSHIP, t -> t.replace("Sequential,true",
                "Sequential,true\nFunctions,\"function void f() { System.exit(1); }\"")))
                .singleElement().extracting(RuleProblem::message).asString().contains("declara a função \"f\"");
        assertThat(csv(OWNERSHIP, t -> t.replace("Variables,org.triagem.domain.model.routing.Decision decision",
                "Variables,\"org.triagem.domain.model.routing.Decision decision, java.lang.Runtime runtime\"")))
                .singleElement().extracting(RuleProblem::message).asString().contains("java.lang.Runtime runtime");
    }

    @Test
    void aColumnKindOutsideTheWhitelistIsRefused() {
        assertThat(csv(OWNERSHIP, t -> t.replace("NAME,CONDITION,CONDITION,CONDITION,ACTION",
                "NAME,CONDITION,CONDITION,TIMER,ACTION")))
                .anySatisfy(p -> assertThat(p.message()).contains("coluna \"TIMER\""));
    }

    @Test
    void anExcelCellThatClosesItsQuotesIsRefusedAtItsRow() throws IOException {
        byte[] xlsx = xlsx(book -> book.getSheetAt(0).getRow(11).getCell(5)
                .setCellValue("Cobrança\"); System.exit(1); (\""));

        assertThat(problems(CATEGORIES, xlsx)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("F12").contains("aspas");
        });
    }

    @Test
    void anExcelTemplateRowOutsideTheCatalogueAndAFormulaAreRefused() throws IOException {
        byte[] xlsx = xlsx(book -> {
            book.getSheetAt(0).getRow(8).getCell(5).setCellValue("decision.classifyAs(\"$param\"); System.exit(1);");
            book.getSheetAt(0).getRow(12).getCell(5).setCellFormula("CONCATENATE(\"Cance\",\"lamento\")");
        });

        assertThat(problems(CATEGORIES, xlsx)).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("F9").contains("catálogo"))
                .anySatisfy(m -> assertThat(m).contains("F13").contains("fórmula"));
    }

    @Test
    void withoutACatalogueNoTableIsAccepted(@org.junit.jupiter.api.io.TempDir Path empty) throws IOException {
        UploadedRulesCheck noCatalogue = UploadedRulesCheck.trustingNothing(empty.resolve("templates.csv"));

        assertThat(noCatalogue.problemsIn(new RuleSetFiles(Map.of(OWNERSHIP, Files.readAllBytes(RULES.resolve(OWNERSHIP))))))
                .singleElement().extracting(RuleProblem::message).asString().contains("catálogo");
    }

    private List<RuleProblem> csv(String path, UnaryOperator<String> edit) {
        try {
            String before = Files.readString(RULES.resolve(path));
            String after = edit.apply(before);
            assertThat(after).as("the edit changes " + path).isNotEqualTo(before);
            return problems(path, after.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<RuleProblem> problems(String path, byte[] content) {
        return check.problemsIn(new RuleSetFiles(Map.of(path, content)));
    }

    private static byte[] xlsx(java.util.function.Consumer<Workbook> edit) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(
                Files.readAllBytes(RULES.resolve(CATEGORIES))))) {
            edit.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
