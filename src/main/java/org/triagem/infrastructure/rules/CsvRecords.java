package org.triagem.infrastructure.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the analysts' spreadsheets saved as CSV: quoted fields may hold commas,
 * line breaks and doubled quotes. No CSV library is on the classpath, and this is all the scenarios need.
 *
 * <p>Excel in a pt-BR locale saves CSV with semicolons and a byte-order mark; both are accepted, the
 * separator being whichever of comma and semicolon appears first in the header line.
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

    public static List<CsvRecord> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new Reader(body, separatorOf(body)).records();
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

    /** The state of one pass over the text. */
    private static final class Reader {

        private final String text;
        private final char separator;
        private final List<CsvRecord> records = new ArrayList<>();
        private List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private int recordLine = 1;

        Reader(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        List<CsvRecord> records() {
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == separator) {
                    endField();
                } else if (c == '\n') {
                    endRecord();
                    line++;
                    recordLine = line;
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !fields.isEmpty()) {
                endRecord();
            }
            return records;
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
        }

        private void endRecord() {
            endField();
            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
            fields = new ArrayList<>();
        }
    }
}
