package org.triagem.infrastructure.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spreadsheets saved as CSV, as analysts save them. */
class CsvRecordsTest {

    @Test
    void aQuotedCellMaySpanLinesAndTheNextRecordKnowsItsLine() {
        List<CsvRecords.CsvRecord> records = CsvRecords.parse("""
                canal,texto,departamento
                WEB,"cobrança
                indevida, ""de novo""\",Financeiro
                EMAIL,entrega,Logística
                """);
        assertThat(records).extracting(CsvRecords.CsvRecord::line).containsExactly(1, 2, 4);
        assertThat(records.get(1).fields()).containsExactly("WEB", "cobrança\nindevida, \"de novo\"", "Financeiro");
    }

    @Test
    void excelInPortugueseSavesWithSemicolonsAndAByteOrderMark() {
        List<CsvRecords.CsvRecord> records = CsvRecords.parse("\uFEFFcanal;texto\r\nWEB;\"a;b\"\r\n");
        assertThat(records.get(0).fields()).containsExactly("canal", "texto");
        assertThat(records.get(1).fields()).containsExactly("WEB", "a;b");
    }

    @Test
    void aQuoteLeftOpenKeepsTheRestAsWrittenInsteadOfRefusingTheFile() {
        List<CsvRecords.CsvRecord> records = CsvRecords.parse("a,b\n1,\"sem fim\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).fields()).containsExactly("1", "sem fim\n");
    }
}
