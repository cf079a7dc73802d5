package org.triagem.infrastructure.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.ruleset.content.ColumnRole;
import org.triagem.domain.model.ruleset.content.RawSheet;
import org.triagem.domain.model.ruleset.content.RowRole;
import org.triagem.domain.model.ruleset.content.TableModel;
import org.triagem.domain.model.ruleset.content.TableSheet;
import org.triagem.infrastructure.rules.RuleSetArchive;

/** The shipped tables read as the analysts wrote them: the XLSX with its sheet name, the CSV in one sheet. */
class PoiRuleFileReaderTest {

    private final PoiRuleFileReader reader = new PoiRuleFileReader();

    @Test
    void readsTheShippedSpreadsheetWithItsSheetItsTitlesAndItsRules() throws Exception {
        Path xlsx = Path.of("rules/classification/categories.drl.xlsx");
        List<RawSheet> sheets = reader.sheets(xlsx.toString(), Files.readAllBytes(xlsx));

        TableSheet sheet = TableModel.decisionTable(sheets).sheets().get(0);

        assertThat(sheet.name()).isNotBlank();
        assertThat(sheet.rows()).extracting(r -> r.role()).contains(RowRole.RULE_SET, RowRole.RULE_TABLE,
                RowRole.TITLES, RowRole.RULE);
        assertThat(sheet.columns()).contains(ColumnRole.CONDITION, ColumnRole.ACTION);
        assertThat(sheet.titles()).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("$param"));
        assertThat(sheet.rules()).isNotEmpty();
    }

    @Test
    void opensAStoredZipIntoItsFilesAndReadsACsvTableAsOneSheet() throws Exception {
        byte[] zip = RuleSetArchive.readFrom(Path.of("rules")).toZip();

        var files = reader.unzip(zip);

        assertThat(files).containsKeys("ownership/ownership.drl.csv", "classification/categories.drl.xlsx",
                "scenarios/intake.csv");
        TableSheet ownership = TableModel.decisionTable(
                reader.sheets("ownership/ownership.drl.csv", files.get("ownership/ownership.drl.csv"))).sheets().get(0);
        assertThat(ownership.name()).isEmpty();
        assertThat(ownership.rules()).extracting(r -> r.cell(ownership.columns().indexOf(ColumnRole.ACTION)))
                .contains("Financeiro", "Ouvidoria", "Atendimento");
    }
}
