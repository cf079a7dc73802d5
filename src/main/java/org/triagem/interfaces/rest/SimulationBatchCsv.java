package org.triagem.interfaces.rest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a batch of sample complaints from CSV as a spreadsheet saves it: UTF-8 with or without a BOM,
 * {@code ;} (a pt-BR spreadsheet's separator) or {@code ,} between cells, a header row naming the columns
 * in English (the JSON field names) or in Portuguese. A row is numbered as the spreadsheet numbers it:
 * the header is row 1. What makes the whole file unreadable is a 400 problem naming the row; what is
 * wrong with one complaint is that row's error, and the others are still decided.
 */
final class SimulationBatchCsv {

    /** A batch is for trying rules on a handful of cases, not for replaying the case base. */
    static final int MAX_ROWS = 1000;

    static final String PROBLEM = "simulation-batch-invalid";

    /** The columns by their names without accents, case, spaces or punctuation. */
    private static final Map<String, BiConsumer<SimulationRequest, String>> COLUMNS = columns();

    /** One complaint of the batch, its row number in the spreadsheet, and what was wrong in its cells. */
    record Row(long number, SimulationRequest request, List<Problem.FieldError> errors) {
    }

    private SimulationBatchCsv() {
    }

    static List<Row> read(byte[] body) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            throw problem("empty");
        }
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<BiConsumer<SimulationRequest, String>> header = header(records.next());
            List<Row> rows = new ArrayList<>();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                if (rows.size() == MAX_ROWS) {
                    throw problem("tooManyRows", MAX_ROWS);
                }
                rows.add(row(record, header));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            // An opened quote that never closes swallows the rest of the file: name where it began.
            throw problem("malformed", parser.getRecordNumber() + 1);
        }
    }

    private static Row row(CSVRecord record, List<BiConsumer<SimulationRequest, String>> header) {
        SimulationRequest request = new SimulationRequest();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
            String cell = record.get(i);
            try {
                if (!cell.isEmpty()) {
                    header.get(i).accept(request, cell);
                }
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("earlierOpenCases", "must be a whole number"));
            }
        }
        if (record.size() > header.size()) {
            errors.add(new Problem.FieldError("row " + record.getRecordNumber(),
                    "has " + record.size() + " cells, the header " + header.size()));
        }
        return new Row(record.getRecordNumber(), request, List.copyOf(errors));
    }

    private static List<BiConsumer<SimulationRequest, String>> header(CSVRecord names) {
        List<BiConsumer<SimulationRequest, String>> header = new ArrayList<>();
        boolean complaint = false;
        for (String name : names) {
            String key = key(name);
            BiConsumer<SimulationRequest, String> column = COLUMNS.get(key);
            if (column == null) {
                throw problem("unknownColumn", name, "description, subject, channel, categoryHint, ivrChoice, name,"
                        + " email, phone, cpf, customerSegment, earlierOpenCases, earlierCase");
            }
            complaint |= COLUMNS.get("description") == column || COLUMNS.get("earliercase") == column;
            header.add(column);
        }
        if (!complaint) {
            throw problem("noComplaintColumn");
        }
        return header;
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, BiConsumer<SimulationRequest, String>> columns() {
        Map<String, BiConsumer<SimulationRequest, String>> c = new LinkedHashMap<>();
        alias(c, (r, v) -> r.description = v, "description", "descricao");
        alias(c, (r, v) -> r.subject = v, "subject", "assunto");
        alias(c, (r, v) -> r.channel = v, "channel", "canal");
        alias(c, (r, v) -> r.categoryHint = v, "categoryhint", "categoria", "categoriaindicada");
        alias(c, (r, v) -> r.ivrChoice = v, "ivrchoice", "ura", "opcaoura", "opcaonaura");
        alias(c, (r, v) -> r.name = v, "name", "nome");
        alias(c, (r, v) -> r.email = v, "email");
        alias(c, (r, v) -> r.phone = v, "phone", "telefone");
        alias(c, (r, v) -> r.cpf = v, "cpf");
        alias(c, (r, v) -> r.customerSegment = v, "customersegment", "segmento");
        alias(c, SimulationBatchCsv::openCases, "earlieropencases", "casosabertos");
        alias(c, (r, v) -> r.earlierCase = v, "earliercase", "casoanterior");
        return Map.copyOf(c);
    }

    private static void alias(Map<String, BiConsumer<SimulationRequest, String>> columns,
            BiConsumer<SimulationRequest, String> column, String... names) {
        for (String name : names) {
            columns.put(name, column);
        }
    }

    /** A count that is not a whole number throws, and is reported with its row. */
    private static void openCases(SimulationRequest request, String cell) {
        request.earlierOpenCases = Integer.valueOf(cell);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            // Excel's plain "CSV" is Windows-1252 in Brazil: say which format to save as instead.
            throw problem("encoding");
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(x -> x == c).count();
    }

    static ProblemException problem(String key, Object... args) {
        return new ProblemException(Problem.coded(PROBLEM, 400, key, args));
    }
}
