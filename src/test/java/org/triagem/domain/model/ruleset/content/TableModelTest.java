package org.triagem.domain.model.ruleset.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableModelTest {

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    private static final RawSheet OWNERSHIP = new RawSheet("", List.of(
            row("RuleSet", "ownership"),
            row("Import", "org.triagem.domain.model.routing.Complaint"),
            row("Sequential", "true"),
            row("", ""),
            row("RuleTable Ownership", "", "", ""),
            row("NAME", "CONDITION", "CONDITION", "ACTION"),
            row("", "Decision", "Decision", ""),
            row("", "hasTag(\"$param\")", "category == \"$param\"", "decision.assignTo(\"$param\");"),
            row("Regra", "A classificação deu a etiqueta", "A categoria é", "O departamento é"),
            row("Procon vai para a Ouvidoria", "procon", "", "Ouvidoria"),
            row("Cobranças vão para o Financeiro", "", "Cobrança", "Financeiro", ""),
            row("", "", ""),
            row("notes after the table")));

    @Test
    void readsTheHeadersTheAnalystsTitlesAndTheRulesOfADecisionTable() {
        TableSheet sheet = TableModel.decisionTable(List.of(OWNERSHIP)).sheets().get(0);

        assertThat(sheet.rows()).extracting(TableRow::role).containsExactly(RowRole.RULE_SET, RowRole.SETTING,
                RowRole.SETTING, RowRole.BLANK, RowRole.RULE_TABLE, RowRole.COLUMN_KINDS, RowRole.PATTERNS,
                RowRole.TEMPLATES, RowRole.TITLES, RowRole.RULE, RowRole.RULE, RowRole.BLANK, RowRole.OTHER);
        assertThat(sheet.titles()).containsExactly("Regra", "A classificação deu a etiqueta", "A categoria é",
                "O departamento é");
        assertThat(sheet.columns()).containsExactly(ColumnRole.NAME, ColumnRole.CONDITION, ColumnRole.CONDITION,
                ColumnRole.ACTION);
        assertThat(sheet.rules()).extracting(r -> r.cell(0)).containsExactly("Procon vai para a Ouvidoria",
                "Cobranças vão para o Financeiro");
    }

    @Test
    void numbersRowsAsTheSpreadsheetDoesAndDropsTrailingEmptyCells() {
        TableSheet sheet = TableModel.decisionTable(List.of(OWNERSHIP)).sheets().get(0);

        TableRow charges = sheet.rules().get(1);
        assertThat(charges.number()).isEqualTo(11);
        assertThat(charges.cells()).containsExactly("Cobranças vão para o Financeiro", "", "Cobrança", "Financeiro");
        assertThat(sheet.width()).isEqualTo(4);
    }

    @Test
    void aTableRightOfTheFirstColumnLeavesTheColumnsBeforeItWithoutARole() {
        RawSheet shifted = new RawSheet("Categorias", List.of(
                row("", "RuleTable Categorias"),
                row("", "CONDITION", "ACTION", "PRIORITY"),
                row("", "c: Complaint", "", ""),
                row("", "text contains \"$param\"", "decision.classifyAs(\"$param\");", "$param"),
                row("", "O texto cita", "A categoria é", "Prioridade"),
                row("", "boleto", "Cobrança", "10")));

        TableSheet sheet = TableModel.decisionTable(List.of(shifted)).sheets().get(0);

        assertThat(sheet.name()).isEqualTo("Categorias");
        assertThat(sheet.columns()).containsExactly(ColumnRole.NONE, ColumnRole.CONDITION, ColumnRole.ACTION,
                ColumnRole.ATTRIBUTE);
        assertThat(sheet.rules()).singleElement().satisfies(r -> assertThat(r.cell(2)).isEqualTo("Cobrança"));
    }

    @Test
    void aScenarioFileHasItsHeaderAsTitlesInputsAndExpectedOutcomes() {
        RawSheet scenarios = new RawSheet("", List.of(
                row("name", "description", "expected_department"),
                row("Cobrança em dobro", "Fui cobrado duas vezes", "Financeiro")));

        TableSheet sheet = TableModel.scenarios(scenarios).sheets().get(0);

        assertThat(sheet.columns()).containsExactly(ColumnRole.NAME, ColumnRole.INPUT, ColumnRole.EXPECTED);
        assertThat(sheet.titles()).containsExactly("name", "description", "expected_department");
        assertThat(sheet.rules()).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(2));
    }
}
