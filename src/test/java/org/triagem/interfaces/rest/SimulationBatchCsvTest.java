package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch is read as a pt-BR spreadsheet saves it, and a file that cannot be read says where. */
class SimulationBatchCsvTest {

    private static List<SimulationBatchCsv.Row> read(String csv) {
        return SimulationBatchCsv.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem refusal(byte[] csv) {
        try {
            SimulationBatchCsv.read(csv);
        } catch (ProblemException e) {
            return ProblemTexts.PORTUGUESE.translate(e.problem());
        }
        throw new AssertionError("the batch was read");
    }

    private static Problem refusal(String csv) {
        return refusal(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsASemicolonFileWithABomAndPortugueseColumnsNumberingRowsAsTheSpreadsheet() {
        List<SimulationBatchCsv.Row> rows = read("\uFEFFDescrição;Assunto;E-mail;Casos abertos\n"
                + "\"Cobrança duplicada; veja\";Cobrança;maria@example.com;2\n\n"
                + "Meu pedido não chegou;;;\n");

        assertThat(rows).extracting(SimulationBatchCsv.Row::number).containsExactly(2L, 3L);
        assertThat(rows.get(0).request().description).isEqualTo("Cobrança duplicada; veja");
        assertThat(rows.get(0).request().email).isEqualTo("maria@example.com");
        assertThat(rows.get(0).request().earlierOpenCases).isEqualTo(2);
        assertThat(rows.get(1).request().subject).isNull();
        assertThat(rows.get(1).request().sample().customer().isIdentified()).isFalse();
    }

    @Test
    void readsACommaFileWithTheJsonFieldNames() {
        List<SimulationBatchCsv.Row> rows = read("description,channel,cpf\nQuero cancelar,EMAIL,529.982.247-25\n");

        assertThat(rows.get(0).request().sample().customer().isIdentified()).isTrue();
        assertThat(rows.get(0).request().channel).isEqualTo("EMAIL");
    }

    @Test
    void aRowWithTooManyCellsOrAWrongCountKeepsItsErrorAndTheOthersAreRead() {
        List<SimulationBatchCsv.Row> rows = read("descricao;casos_abertos\nA;um\nB;1;extra\nC;0\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).errors()).extracting(Problem.FieldError::field).containsExactly("earlierOpenCases");
        assertThat(rows.get(1).errors()).extracting(Problem.FieldError::message)
                .containsExactly("has 3 cells, the header 2");
        assertThat(rows.get(2).errors()).isEmpty();
    }

    @Test
    void anUnknownColumnIsNamedOnRowOne() {
        assertThat(refusal("descricao;prioridade\nA;P1\n").detail())
                .startsWith("Linha 1: a coluna \"prioridade\" não é conhecida.");
        assertThat(refusal("assunto\nA\n").detail()).contains("descricao ou caso_anterior");
    }

    @Test
    void anUnclosedQuoteIsNamedByItsRow() {
        assertThat(refusal("descricao;assunto\nA;B\n\"C sem fim;D\nE;F\n").detail())
                .isEqualTo("Não foi possível ler a linha 3: uma aspa aberta nela nunca se fecha.");
    }

    @Test
    void aWindowsFileAnEmptyFileAndTooManyRowsAreRefused() {
        assertThat(refusal("descricao\nCobrança\n".getBytes(java.nio.charset.Charset.forName("windows-1252")))
                .detail()).contains("CSV UTF-8");
        assertThat(refusal("").status()).isEqualTo(400);
        String tooMany = "descricao\n" + "reclamação\n".repeat(SimulationBatchCsv.MAX_ROWS + 1);
        assertThat(refusal(tooMany).detail()).contains(String.valueOf(SimulationBatchCsv.MAX_ROWS));
        assertThat(read("descricao\n" + "reclamação\n".repeat(SimulationBatchCsv.MAX_ROWS))).hasSize(SimulationBatchCsv.MAX_ROWS);
    }
}
