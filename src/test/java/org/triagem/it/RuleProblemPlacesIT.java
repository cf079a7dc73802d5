package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * An upload with slips in its tables is answered with each problem where the analyst wrote it: the file,
 * the sheet of a workbook, the row and column letter as the spreadsheet shows them, and a pt-BR sentence
 * that says what is wrong; unknown departments and priorities are caught before any scenario runs.
 */
class RuleProblemPlacesIT extends DeployedTriagem {

    private static final String OWNERSHIP = "ownership/ownership.drl.csv";
    private static final String SLA = "sla/sla.drl.csv";
    private static final String CATEGORIES = "classification/categories.drl.xlsx";

    @Test
    void aMistypedDepartmentAndAnUnknownPriorityAreReportedAtTheirCellsInPortuguese() {
        RulesTree tree = RulesTree.current()
                .edit(OWNERSHIP, t -> t.replace(",,Entrega,,Logística", ",,Entrega,,Logistca"))
                .edit(SLA, t -> t.replaceFirst(",,P2,", ",,P7,"));

        JsonObject version = propose(tree.zip(), "logistca-" + System.nanoTime());

        assertThat(version.getBoolean("valid")).isFalse();
        assertThat(problems(version)).anySatisfy(p -> {
            assertThat(p.getString("file")).isEqualTo(OWNERSHIP);
            assertThat(p.getString("sheet")).isEmpty();
            assertThat(p.getInt("line")).isEqualTo(19);
            assertThat(p.getString("column")).isEqualTo("E");
            assertThat(p.getString("message")).startsWith("A célula E19 (linha 19, coluna E)")
                    .contains("departamento desconhecido \"Logistca\"").contains("você quis dizer \"Logística\"?");
        }).anySatisfy(p -> {
            assertThat(p.getString("file")).isEqualTo(SLA);
            assertThat(p.getString("column")).isEqualTo("C");
            assertThat(p.getString("message")).contains("prioridade desconhecida \"P7\"").contains("P1, P2, P3, P4");
        });
        assertThat(version.getInt("scenarioFailureCount")).isZero();
    }

    @Test
    void aSlipInAWorkbooksTemplateNamesTheSheetAndTheCell() {
        RulesTree tree = RulesTree.current().with(CATEGORIES, brokenTemplate(RulesTree.current().file(CATEGORIES)));

        JsonObject version = propose(tree.zip(), "template-" + System.nanoTime());

        assertThat(version.getBoolean("valid")).isFalse();
        assertThat(problems(version)).anySatisfy(p -> {
            assertThat(p.getString("file")).isEqualTo(CATEGORIES);
            assertThat(p.getString("sheet")).isEqualTo("Tables");
            assertThat(p.getInt("line")).isEqualTo(9);
            assertThat(p.getString("column")).isEqualTo("C");
            assertThat(p.getString("message"))
                    .startsWith("A célula C9 (linha 9, coluna C) da planilha \"Tables\", o modelo da condição");
        });
    }

    /** Cell C9, the template of the "mentions" condition, with an "=" too many. */
    private static byte[] brokenTemplate(byte[] xlsx) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(8).getCell(2).setCellValue("phrase = = \"$param\"");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonObject propose(byte[] zip, String comment) {
        Api.Reply reply = api.as("ana").postBytes("api/rulesets?comment=" + URLEncoder.encode(comment,
                StandardCharsets.UTF_8), "application/zip", zip);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static List<JsonObject> problems(JsonObject version) {
        return version.getJsonArray("problems").getValuesAs(JsonObject.class);
    }
}
