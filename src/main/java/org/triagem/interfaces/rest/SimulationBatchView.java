package org.triagem.interfaces.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A batch's decisions, one per row of the file, numbered as the spreadsheet numbers them (the header is
 * row 1); a row that could not be decided has its error instead. As JSON, or as CSV for a spreadsheet.
 */
public record SimulationBatchView(String ruleSetVersion, int decided, int failed, List<Row> rows) {

    /** One row's decision (SLA values null when the rules left them undecided), or its error. */
    public record Row(long row, String department, String priority, String category, List<String> tags,
            Integer firstResponseMinutes, Integer resolutionMinutes, Integer legalDays, List<String> firedRules,
            String error) {

        static Row decided(long row, SimulationView view) {
            SimulationView.Outcome d = view.decision();
            return new Row(row, d.department(), d.priority(), d.category(), List.copyOf(new TreeSet<>(d.tags())),
                    d.firstResponseMinutes(), d.resolutionMinutes(), d.legalDays(), view.firedRules(), null);
        }

        static Row failed(long row, String error) {
            return new Row(row, null, null, null, List.of(), null, null, null, List.of(), error);
        }
    }

    static SimulationBatchView of(String ruleSetVersion, List<Row> rows) {
        int failed = (int) rows.stream().filter(r -> r.error() != null).count();
        return new SimulationBatchView(ruleSetVersion, rows.size() - failed, failed, rows);
    }

    /**
     * The CSV a pt-BR spreadsheet opens as it is: a BOM, {@code ;} between cells, Portuguese column names.
     * A cell that would start with {@code = + - @} gets a leading apostrophe, so no spreadsheet reads a
     * rule name or an error as a formula.
     */
    public String csv() {
        StringWriter out = new StringWriter().append('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader("linha", "departamento",
                "prioridade", "categoria", "etiquetas", "primeira_resposta_min", "resolucao_min", "prazo_legal_dias",
                "regras_disparadas", "erro").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Row r : rows) {
                printer.printRecord(r.row(), cell(r.department()), cell(r.priority()), cell(r.category()),
                        cell(String.join(", ", r.tags())), r.firstResponseMinutes(), r.resolutionMinutes(),
                        r.legalDays(), cell(String.join(" | ", r.firedRules())), cell(r.error()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
