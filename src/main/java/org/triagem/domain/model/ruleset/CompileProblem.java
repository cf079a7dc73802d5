package org.triagem.domain.model.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One reason a version does not compile, where the analyst wrote it: the file, and for a decision table the
 * sheet (blank for CSV), the spreadsheet row and the column letter; for DRL the file's line and character
 * column. {@link #message()} is the analyst's sentence; {@link #detail()} the engine's own words, kept for
 * an expert.
 *
 * <p>The sheet, the column and the detail share the {@code message} column with the sentence: the table has
 * no columns of their own yet, and a problem is written once and only read back whole. A stored text
 * without the leading separator is an older problem: all of it is the sentence.
 */
@Embeddable
public class CompileProblem {

    private static final int MAX_MESSAGE = 4000;
    /** ASCII record and unit separators: never typed by an analyst, never sent by Drools. */
    private static final String STRUCTURED = "\u001E";
    private static final String FIELD = "\u001F";

    @Column(nullable = false, length = 300)
    private String file;

    @Column(name = "line_number", nullable = false)
    private int line;

    @Column(nullable = false, length = MAX_MESSAGE)
    private String message;

    protected CompileProblem() {
        // for JPA
    }

    public CompileProblem(String file, int line, String message) {
        this(file, "", line, "", message, "");
    }

    public CompileProblem(String file, String sheet, int line, String column, String message, String detail) {
        this.file = file == null ? "" : file;
        this.line = line;
        boolean placed = !blank(sheet) || !blank(column) || !blank(detail);
        String sentence = message == null ? "" : message;
        this.message = Texts.cap(placed ? STRUCTURED + clean(sheet) + FIELD + clean(column) + FIELD + clean(sentence)
                + FIELD + clean(detail) : sentence, MAX_MESSAGE);
    }

    public String file() {
        return file;
    }

    /** The sheet of a workbook; blank for CSV tables, DRL and older problems. */
    public String sheet() {
        return part(0);
    }

    public int line() {
        return line;
    }

    /** The spreadsheet column letter (a table) or the character column (DRL); blank when not known. */
    public String column() {
        return part(1);
    }

    /** What is wrong and what to do, in the analyst's words. */
    public String message() {
        return message.startsWith(STRUCTURED) ? part(2) : message;
    }

    /** The engine's own message, for an expert; blank when there is none. */
    public String detail() {
        return part(3);
    }

    private String part(int index) {
        if (!message.startsWith(STRUCTURED)) {
            return "";
        }
        String[] parts = message.substring(1).split(FIELD, -1);
        return index < parts.length ? parts[index] : "";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace(STRUCTURED, " ").replace(FIELD, " ");
    }

    @Override
    public String toString() {
        return file + (sheet().isEmpty() ? "" : "[" + sheet() + "]") + (line > 0 ? ":" + line : "")
                + (column().isEmpty() ? "" : ":" + column()) + ": " + message();
    }
}
