package org.triagem.interfaces.channel;

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
 * A call-detail-record CSV file cut into records with Apache Commons CSV. A record is not a line: a
 * quoted field (the attendant's notes, say) may span lines, so the file is cut by the CSV grammar and
 * each record keeps its own text, as in the file, for the quarantine, and the line it starts on.
 */
final class CdrRecords {

    /** Lenient where exports are sloppy: a quote left open at the end, text after a closing quote. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setLenientEof(true).setTrailingData(true).get();

    /** One record: its text as in the file, the line it starts on (1-based), and its cells. */
    record Cut(int line, String text, List<String> cells) {
    }

    private CdrRecords() {
    }

    /**
     * Every record of the file, header included. Should the grammar still fail somewhere, what was not
     * read is kept as one last record with no cells, so it is quarantined, not lost.
     */
    static List<Cut> cut(String content) {
        List<CSVRecord> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean unreadable = false;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), FORMAT)) {
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1; // breaks read so far, plus one
                if (!rows.hasNext()) {
                    break;
                }
                records.add(rows.next());
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            unreadable = true;
        }
        if (unreadable && !records.isEmpty()) {
            // The last record read may run into what could not be: keep both as one unread rest.
            records.remove(records.size() - 1);
        }
        List<Cut> cuts = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            int from = (int) records.get(i).getCharacterPosition();
            int to = i + 1 < records.size() ? (int) records.get(i + 1).getCharacterPosition() : content.length();
            cuts.add(new Cut(lines.get(i), content.substring(from, to).stripTrailing(), records.get(i).toList()));
        }
        if (unreadable) {
            int from = cuts.isEmpty() ? 0 : (int) records.get(records.size() - 1).getCharacterPosition()
                    + cuts.get(cuts.size() - 1).text().length();
            String rest = content.substring(from).strip();
            if (!rest.isEmpty()) {
                cuts.add(new Cut(lines.size() > cuts.size() ? lines.get(cuts.size()) : 1, rest, List.of()));
            }
        }
        return cuts;
    }

    /** The cells of one record's text (a record cut by {@link #cut}, or the header). */
    static List<String> cells(String recordText) {
        List<Cut> cuts = cut(recordText);
        return cuts.isEmpty() ? List.of("") : cuts.get(0).cells();
    }
}
