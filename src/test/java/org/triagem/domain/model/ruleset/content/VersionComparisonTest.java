package org.triagem.domain.model.ruleset.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class VersionComparisonTest {

    private static final String HEADER = """
            RuleSet,ownership
            ,
            RuleTable Ownership
            NAME,CONDITION,ACTION
            ,Decision,
            ,category == $param,decision.assignTo($param);
            Regra,A categoria é,O departamento é
            """;

    private static RuleFileContent table(String path, String csv) {
        List<List<String>> rows = Stream.of(csv.split("\n", -1)).map(l -> Arrays.asList(l.split(",", -1))).toList();
        return RuleFileContent.table(path, csv.getBytes(StandardCharsets.UTF_8),
                TableModel.decisionTable(List.of(new RawSheet("", rows))));
    }

    private static RuleFileContent text(String path, String text) {
        return RuleFileContent.text(path, text.getBytes(StandardCharsets.UTF_8), text);
    }

    private static final String PATH = "ownership/ownership.drl.csv";

    @Test
    void aChangedCellIsOneChangedRowNamingItsColumn() {
        RuleFileContent before = table(PATH, HEADER + "Cobranças,Cobrança,Financeiro\nEntregas,Entrega,Logística\n");
        RuleFileContent after = table(PATH, HEADER + "Cobranças,Cobrança,Comercial\nEntregas,Entrega,Logística\n");

        VersionDiff diff = VersionComparison.compare(1, Map.of(PATH, before), 2, Map.of(PATH, after));

        FileDiff file = diff.changed().get(0);
        assertThat(file.change()).isEqualTo(Change.CHANGED);
        SheetDiff sheet = file.sheets().get(0);
        assertThat(sheet.titles()).containsExactly("Regra", "A categoria é", "O departamento é");
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.change()).isEqualTo(Change.CHANGED);
            assertThat(row.role()).isEqualTo(RowRole.RULE);
            assertThat(row.fromRow()).isEqualTo(8);
            assertThat(row.toRow()).isEqualTo(8);
            assertThat(row.from()).containsExactly("Cobranças", "Cobrança", "Financeiro");
            assertThat(row.to()).containsExactly("Cobranças", "Cobrança", "Comercial");
            assertThat(row.changedColumns()).containsExactly(2);
        });
    }

    @Test
    void rowsAddedAndRemovedAreToldApartFromTheRowsKept() {
        RuleFileContent before = table(PATH, HEADER + "A,Cobrança,Financeiro\nB,Entrega,Logística\nC,Defeito,Suporte\n");
        RuleFileContent after = table(PATH, HEADER + "A,Cobrança,Financeiro\nC,Defeito,Suporte\nD,Comercial,Comercial\n");

        List<RowDiff> rows = VersionComparison.compare(1, Map.of(PATH, before), 2, Map.of(PATH, after))
                .changed().get(0).sheets().get(0).rows();

        assertThat(rows).extracting(RowDiff::change).containsExactly(Change.REMOVED, Change.ADDED);
        assertThat(rows.get(0).from()).containsExactly("B", "Entrega", "Logística");
        assertThat(rows.get(0).fromRow()).isEqualTo(9);
        assertThat(rows.get(1).to()).containsExactly("D", "Comercial", "Comercial");
        assertThat(rows.get(1).toRow()).isEqualTo(10);
    }

    @Test
    void drlIsComparedLineByLine() {
        RuleFileContent before = text("priority/priority.drl", "rule \"P1\"\nwhen\n  $d: Decision()\nthen\nend");
        RuleFileContent after = text("priority/priority.drl", "rule \"P1\"\nwhen\n  $d: Decision(vip)\nthen\nend");

        List<LineDiff> lines = VersionComparison.compare(1, Map.of("priority/priority.drl", before), 2,
                Map.of("priority/priority.drl", after)).changed().get(0).lines();

        assertThat(lines).filteredOn(l -> l.change() != Change.UNCHANGED)
                .containsExactly(new LineDiff(Change.REMOVED, 3, 0, "  $d: Decision()"),
                        new LineDiff(Change.ADDED, 0, 3, "  $d: Decision(vip)"));
        assertThat(lines).hasSize(6);
    }

    @Test
    void filesAddedRemovedAndUnchangedAreNamed() {
        RuleFileContent same = text("escalation/escalation.drl", "rule \"x\" when then end");
        RuleFileContent gone = text("survey/old.drl", "rule \"old\" when then end");
        RuleFileContent added = text("survey/new.drl", "rule \"new\" when then end");

        VersionDiff diff = VersionComparison.compare(3, Map.of(same.path(), same, gone.path(), gone), 4,
                Map.of(same.path(), text(same.path(), "rule \"x\" when then end"), added.path(), added));

        assertThat(diff.files()).extracting(FileDiff::path, FileDiff::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("escalation/escalation.drl", Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("survey/new.drl", Change.ADDED),
                org.assertj.core.groups.Tuple.tuple("survey/old.drl", Change.REMOVED));
        assertThat(diff.changed()).hasSize(2);
        assertThat(diff.files().get(1).lines()).extracting(LineDiff::change).containsOnly(Change.ADDED);
    }

    @Test
    void aLargeRewriteStaysWithinBoundsAsRemovedThenAdded() {
        List<Integer> a = java.util.stream.IntStream.range(0, 3000).boxed().toList();
        List<Integer> b = java.util.stream.IntStream.range(5000, 8000).boxed().toList();

        List<Sequences.Step> steps = Sequences.diff(a, b, Integer::equals);

        assertThat(steps).hasSize(6000);
        assertThat(steps.subList(0, 3000)).extracting(Sequences.Step::op).containsOnly(Sequences.Op.REMOVE);
    }
}
