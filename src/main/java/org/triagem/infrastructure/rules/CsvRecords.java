package org.triagem.infrastructure.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The analysts' spreadsheets saved as CSV, read with Apache Commons CSV (RFC 4180: quoted fields may
 * hold separators, line breaks and doubled quotes). This class only adds what spreadsheets do on top:
 * Excel in a pt-BR locale saves with semicolons and a byte-order mark, so the separator is whichever
 * of comma and semicolon comes first in the header line, and each record keeps the line it starts on
 * for error messages.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /** One record and the line of the file it starts on (1-based), for error messages. */
    public record CsvRecord(int line, List<String> fields) {

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /**
     * @throws IllegalArgumentException when the text is not CSV (a quote left open), naming the line
     */
    public static List<CsvRecord> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separatorOf(body))
                // As spreadsheets and hand edits produce them: a quote left open at the end, or text
                // after a closing quote, are kept as written rather than refusing the whole file.
                .setLenientEof(true).setTrailingData(true).get();
        List<CsvRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                // Lines read so far, before this record: the record starts on the next one.
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!rows.hasNext()) {
                    break;
                }
                records.add(new CsvRecord(line, rows.next().toList()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("not a CSV file: " + e.getMessage(), e);
        }
        return records;
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
