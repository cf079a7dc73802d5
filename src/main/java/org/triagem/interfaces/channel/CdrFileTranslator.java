package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triagem.domain.model.phone.CallEvent;

/**
 * Reads call-detail-record files for the batch route (routes/phone-batch.camel.yaml): JSON lines
 * ({@code *.jsonl}, one event per line) or CSV ({@code *.csv}, a header row naming the columns). A CSV
 * row is turned into the event JSON of the contract, so both are read by the one {@link CallEventReader}.
 */
@ApplicationScoped
@Named("cdrFiles")
public class CdrFileTranslator {

    /** The CSV columns that are numbers in the JSON event; every other column is text. */
    private static final Set<String> NUMBERS = Set.of("durationSeconds");
    private static final Set<String> TOP_LEVEL = Set.of("id", "type", "timestamp");

    @Inject
    CallEventReader reader;

    public CdrFileTranslator() {
    }

    CdrFileTranslator(CallEventReader reader) {
        this.reader = reader;
    }

    /**
     * The file's events, each numbered by the line it starts on; blank lines and the CSV header are
     * skipped. JSON lines are cut at line breaks; CSV by its grammar, since a quoted cell may span lines.
     */
    public List<CdrLine> lines(String content, String fileName) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<CdrLine> lines = new ArrayList<>();
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            List<CdrRecords.Cut> records = CdrRecords.cut(text);
            String header = records.isEmpty() ? null : records.get(0).text();
            for (CdrRecords.Cut r : records.subList(Math.min(1, records.size()), records.size())) {
                if (!r.text().isBlank()) {
                    lines.add(new CdrLine(fileName, r.line(), r.text(), header));
                }
            }
            return lines;
        }
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new CdrLine(fileName, i + 1, raw[i], null));
            }
        }
        return lines;
    }

    /**
     * @throws MalformedCallEventException naming the file and line, for the quarantine's reason
     */
    public CallEvent toEvent(CdrLine line) {
        try {
            return reader.read(line.isCsv() ? csvToJson(line) : line.text());
        } catch (MalformedCallEventException e) {
            throw new MalformedCallEventException(e.violations().stream()
                    .map(v -> new MalformedCallEventException.Violation(line.origin() + " " + v.field(), v.message()))
                    .toList());
        }
    }

    private static String csvToJson(CdrLine line) {
        List<String> columns = CdrRecords.cells(line.csvHeader());
        List<String> cells = CdrRecords.cells(line.text());
        if (cells.size() != columns.size()) {
            throw new MalformedCallEventException(List.of(new MalformedCallEventException.Violation("row",
                    "has " + cells.size() + " cells, the header " + columns.size())));
        }
        JsonObjectBuilder event = Json.createObjectBuilder();
        JsonObjectBuilder data = Json.createObjectBuilder();
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c).strip();
            String cell = cells.get(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (TOP_LEVEL.contains(column)) {
                event.add(column, cell);
            } else if (column.equals("ivrPath")) {
                JsonArrayBuilder steps = Json.createArrayBuilder();
                Arrays.stream(cell.split(">")).map(String::strip).forEach(steps::add);
                data.add(column, steps);
            } else if (NUMBERS.contains(column) && cell.matches("[0-9]{1,9}")) {
                data.add(column, Integer.parseInt(cell));
            } else {
                data.add(column, cell);
            }
        }
        return event.add("data", data).build().toString();
    }
}
