package org.triagem.interfaces.channel;

/**
 * One event of a call-detail-record file: its text (a CSV record may span lines), the line it starts
 * on (1-based, as an editor shows it) and, for CSV, the file's header row naming the columns.
 */
public record CdrLine(String fileName, int number, String text, String csvHeader) {

    /** Where the line came from: the quarantine's source key and the start of any reason. */
    public String origin() {
        return fileName + ":" + number;
    }

    public boolean isCsv() {
        return csvHeader != null;
    }
}
