package org.triagem.infrastructure.rules.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetCompilationException;
import org.triagem.infrastructure.rules.RuleSetCompiler;
import org.triagem.infrastructure.rules.RuleSetFiles;
import org.triagem.infrastructure.rules.ScenarioFailure;
import org.triagem.infrastructure.rules.ScenarioRunner;

/**
 * The real compiler's errors reach the analyst at the spreadsheet cell they wrote (sheet, row as the
 * spreadsheet numbers it, column letter) or at the DRL file's own line and column, in pt-BR, with
 * Drools' text kept as the detail. Small trees, compiled for real.
 */
class CompilerMessagesTest {

    private static final Path RULES = Path.of("rules");
    private static final String OWNERSHIP = "ownership/ownership.drl.csv";
    private static final String CATEGORIES = "classification/categories.drl.xlsx";

    @Test
    void aSlipInACsvTableTemplateIsOneProblemAtTheTemplateCellNotOnePerRow() throws Exception {
        String broken = shipped(OWNERSHIP).replace("\"category == \"\"$param\"\"\"", "\"category = = \"\"$param\"\"\"");

        List<RuleProblem> problems = compileErrors(Map.of(OWNERSHIP, bytes(broken)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(OWNERSHIP);
            assertThat(p.sheet()).isEmpty();
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo("C");
            assertThat(p.message()).startsWith("A célula C10 (linha 10, coluna C), o modelo da condição")
                    .contains("\"==\"").contains("todas as linhas da coluna")
                    .doesNotContain("ERR 102").doesNotContain("mismatched");
            assertThat(p.detail()).contains("[ERR 102]").contains("mismatched input '='");
        });
    }

    @Test
    void aSlipInACsvTableValueIsReportedAtThatRowsCell() throws Exception {
        String broken = shipped(OWNERSHIP).replace(",,Entrega,,Logística", ",,Entrega,2 3,Logística");

        List<RuleProblem> problems = compileErrors(Map.of(OWNERSHIP, bytes(broken)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.column()).isEqualTo("D");
            assertThat(p.message()).startsWith("A célula D19 (linha 19, coluna D), condição")
                    .contains("\"3\"").doesNotContain("modelo");
        });
    }

    @Test
    void aSlipInAnXlsxTemplateNamesTheSheetRowAndColumnAsExcelShowsThem() throws Exception {
        byte[] broken = editXlsx(sheet -> sheet.getRow(8).getCell(2).setCellValue("phrase = = \"$param\""));

        List<RuleProblem> problems = compileErrors(Map.of(CATEGORIES, broken));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(CATEGORIES);
            assertThat(p.sheet()).isEqualTo("Tables");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.column()).isEqualTo("C");
            assertThat(p.message()).startsWith("A célula C9 (linha 9, coluna C) da planilha \"Tables\", o modelo da condição");
        });
    }

    @Test
    void aSlipInAnXlsxValueNamesItsOwnCell() throws Exception {
        // Drools escapes quotes in a quoted template, so a value can only break an unquoted one: a number.
        byte[] broken = editXlsx(sheet -> {
            sheet.getRow(8).getCell(4).setCellValue("earlierOpenCases >= $param");
            for (int r = 10; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(4) != null) {
                    sheet.getRow(r).getCell(4).setCellValue(r == 12 ? "2 3" : "");
                }
            }
            sheet.getRow(12).createCell(4).setCellValue("2 3");
        });

        List<RuleProblem> problems = compileErrors(Map.of(CATEGORIES, broken));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Tables");
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.column()).isEqualTo("E");
            assertThat(p.message()).startsWith("A célula E13 (linha 13, coluna E) da planilha \"Tables\", condição")
                    .contains("\"3\"");
        });
    }

    @Test
    void aDrlSlipKeepsTheFilesOwnLineAndColumnAndNamesTheRule() {
        String drl = """
                package priority;
                import org.triagem.domain.model.routing.Decision;
                rule "Pedidos urgentes"
                when
                    $d : Decision( category = = "Cobrança" )
                then
                end
                """;

        List<RuleProblem> problems = compileErrors(Map.of("priority/urgentes.drl", bytes(drl)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("priority/urgentes.drl");
            assertThat(p.sheet()).isEmpty();
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("29");
            assertThat(p.message()).startsWith("A linha 5, coluna 29 na regra \"Pedidos urgentes\": tem um \"=\" a mais");
            assertThat(p.detail()).contains("[ERR 102]");
        });
    }

    @Test
    void anUnknownNameInDrlSaysWhichNameIsUnknown() {
        String drl = """
                package priority;
                rule "Fato inexistente"
                when
                    Reclamacao( )
                then
                end
                """;

        assertThat(compileErrors(Map.of("priority/fato.drl", bytes(drl)))).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("\"Reclamacao\"").contains("não conhecem");
        });
    }

    @Test
    void aScenarioRowThatCannotBeReadIsReportedAtItsRowAndColumnHeader() throws Exception {
        String scenarios = shipped("scenarios/intake.csv");
        String header = scenarios.lines().findFirst().orElseThrow();
        String csv = header + "\nPor fax,FAX,Cobrança,Cobraram duas vezes,,,,,sim,Cobrança,Financeiro,P3,240,1440,7,\n";

        List<ScenarioFailure> failures = new ScenarioRunner().runFile("scenarios/fax.csv", csv,
                new RuleSetCompiler().compile(RuleSetFiles.readFrom(RULES)));

        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("scenarios/fax.csv");
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.field()).isEqualTo("channel");
            assertThat(f.actual()).isEqualTo("FAX");
        });
    }

    @Test
    void theEnglishBundleSaysTheSameThings() {
        AnalystTexts english = AnalystTexts.in(Locale.ENGLISH);

        assertThat(english.text("place.sheet", "C9", 9, "C", "Tables")).isEqualTo("Cell C9 (row 9, column C) of sheet \"Tables\"");
        assertThat(english.text("what.equals")).contains("\"==\"");
        assertThat(AnalystTexts.in(AnalystTexts.PT_BR).text("what.equals")).contains("sinais de igual");
    }

    private static List<RuleProblem> compileErrors(Map<String, byte[]> files) {
        RuleSetCompilationException e = catchThrowableOfType(
                () -> new RuleSetCompiler().compile(new RuleSetFiles(files)), RuleSetCompilationException.class);
        assertThat(e).as("the tree should not compile").isNotNull();
        return e.problems();
    }

    private static byte[] editXlsx(Consumer<Sheet> edit) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(RULES.resolve(CATEGORIES))));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String shipped(String path) throws Exception {
        return Files.readString(RULES.resolve(path));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
