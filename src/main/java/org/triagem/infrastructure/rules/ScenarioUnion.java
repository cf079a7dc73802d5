package org.triagem.infrastructure.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.triagem.domain.model.ruleset.ScenarioRemoval;
import org.triagem.domain.model.ruleset.ScenarioRemovalException;
import org.triagem.domain.model.ruleset.ScenarioRemovalException.Kind;

/**
 * The scenarios a proposal is tested with: the server's (those of the active version) and the proposal's
 * own, so a proposal can add to the gate but never quietly shrink it.
 *
 * <p>Scenarios are matched by file and by their {@code name} column. A proposal's row with a server row's
 * name replaces it (an expectation changed, which the version's files show), but may not leave blank an
 * expectation the server's row had, and a proposal's file may not drop a column the server's file has:
 * either would switch a check off without saying so. A server row the proposal does not have is put back,
 * at the end of the proposal's file of the same name, or in a file of its own, unless the proposal names it
 * in its {@link ScenarioRemoval}, with a reason. An emptied {@code scenarios/} folder therefore still runs
 * every server scenario.
 */
public final class ScenarioUnion {

    static final String NAME = "name";

    private ScenarioUnion() {
    }

    /** The scenario files to store and run, by path, and the server's scenarios left out ("file: name"). */
    public record Result(Map<String, String> scenarios, List<String> removed) {
    }

    /**
     * @param server the server's scenario files by path ({@code scenarios/intake.csv})
     * @param proposed the proposal's scenario files by path
     * @throws ScenarioRemovalException if a named scenario is not the server's, or one is weakened
     */
    public static Result of(Map<String, String> server, Map<String, String> proposed, ScenarioRemoval removal) {
        Map<String, String> result = new TreeMap<>(proposed);
        List<String> removed = new ArrayList<>();
        Set<String> unmatched = new LinkedHashSet<>(removal.names());
        server.forEach((path, text) -> {
            Table reference = Table.parse(text);
            // An emptied file (not even a header) counts as left out: every server row of it comes back.
            Table own = proposed.containsKey(path) ? Table.parse(proposed.get(path)) : null;
            if (own != null && own.columns.isEmpty()) {
                own = null;
            }
            List<List<String>> keep = new ArrayList<>();
            for (List<String> row : reference.rows) {
                String name = reference.name(row);
                unmatched.remove(name);
                List<String> replacement = own == null ? null : own.row(name);
                if (removal.removes(name)) {
                    removed.add(path + ": " + name);
                } else if (replacement != null) {
                    checkNotWeakened(path, name, reference, row, own, replacement);
                } else {
                    keep.add(row);
                }
            }
            if (own == null) {
                if (!keep.isEmpty()) {
                    result.put(path, keep.size() == reference.rows.size() ? text : reference.write(keep));
                }
            } else {
                for (String column : reference.columns) {
                    if (!column.isEmpty() && !own.columns.contains(column)) {
                        throw new ScenarioRemovalException(Kind.DROPPED_COLUMN, path + ": " + column);
                    }
                }
                if (!keep.isEmpty()) {
                    result.put(path, own.append(proposed.get(path), reference, keep));
                }
            }
        });
        if (!unmatched.isEmpty()) {
            throw new ScenarioRemovalException(Kind.UNKNOWN_SCENARIO, String.join(", ", unmatched));
        }
        return new Result(result, List.copyOf(removed));
    }

    private static void checkNotWeakened(String path, String name, Table reference, List<String> row, Table own,
            List<String> replacement) {
        for (int i = 0; i < reference.columns.size(); i++) {
            String column = reference.columns.get(i);
            if (column.startsWith("expected_") && !cell(row, i).isBlank()
                    && own.cell(replacement, column).isBlank()) {
                throw new ScenarioRemovalException(Kind.WEAKENED_SCENARIO, path + ": " + name + " (" + column + ")");
            }
        }
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    /** A scenario file read as a header and rows, with the separator it was written with. */
    private static final class Table {

        final List<String> columns;
        final List<List<String>> rows;
        final char separator;

        private Table(List<String> columns, List<List<String>> rows, char separator) {
            this.columns = columns;
            this.rows = rows;
            this.separator = separator;
        }

        static Table parse(String text) {
            List<CsvRecords.CsvRecord> records = CsvRecords.parse(text).stream().filter(r -> !r.isBlank()).toList();
            if (records.isEmpty()) {
                return new Table(List.of(), List.of(), ',');
            }
            List<String> columns = records.get(0).fields().stream()
                    .map(c -> c.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "")).toList();
            List<List<String>> rows = records.subList(1, records.size()).stream().map(CsvRecords.CsvRecord::fields)
                    .toList();
            return new Table(columns, rows, separatorOf(text));
        }

        /** The row's scenario name; a file without a name column is keyed by the whole row. */
        String name(List<String> row) {
            int i = columns.indexOf(NAME);
            return i < 0 ? String.join(",", row).strip() : ScenarioUnion.cell(row, i).strip();
        }

        List<String> row(String name) {
            return rows.stream().filter(r -> name(r).equals(name)).findFirst().orElse(null);
        }

        String cell(List<String> row, String column) {
            int i = columns.indexOf(column);
            return i < 0 ? "" : ScenarioUnion.cell(row, i);
        }

        /** These rows of {@code from}, under this table's header. */
        String write(List<List<String>> kept) {
            return print(List.of(columns), kept, this);
        }

        /** The text with the rows of {@code from} added at its end, in this table's column order. */
        String append(String text, Table from, List<List<String>> kept) {
            List<List<String>> mapped = kept.stream()
                    .map(row -> columns.stream().map(c -> from.cell(row, c)).toList()).toList();
            String body = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
            return body + print(List.of(), mapped, this);
        }

        private static String print(List<List<String>> header, List<List<String>> rows, Table shape) {
            StringBuilder out = new StringBuilder();
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(shape.separator).setRecordSeparator("\n").get();
            try (CSVPrinter printer = new CSVPrinter(out, format)) {
                for (List<String> h : header) {
                    printer.printRecord(h);
                }
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }

        private static char separatorOf(String text) {
            for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
                char c = text.charAt(i);
                if (c == ',' || c == ';') {
                    return c;
                }
            }
            return ',';
        }
    }
}
