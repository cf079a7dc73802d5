package org.triagem.domain.model.ruleset.content;

import java.util.Locale;

/** What a file of a rules tree is, by its path: how it is shown, compared, downloaded and edited. */
public enum RuleFileKind {

    /** A spreadsheet decision table, {@code *.drl.csv}, {@code *.drl.xlsx} or {@code *.drl.xls}. */
    DECISION_TABLE,
    /** Rules written in DRL, shown as highlighted text. */
    DRL,
    /** A {@code scenarios/*.csv} file: sample complaints and the outcome each must get. */
    SCENARIOS,
    /** Anything else a tree may hold; shown as text. */
    OTHER;

    public static RuleFileKind of(String path) {
        String name = lower(path);
        if (name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls")) {
            return DECISION_TABLE;
        }
        if (name.endsWith(".drl")) {
            return DRL;
        }
        return name.startsWith("scenarios/") && name.endsWith(".csv") ? SCENARIOS : OTHER;
    }

    /** Whether the file is cells in rows (a table) rather than lines of text. */
    public boolean isTable() {
        return this == DECISION_TABLE || this == SCENARIOS;
    }

    /**
     * Whether the page may edit it in place: CSV tables only. A spreadsheet keeps formatting, formulas and
     * several sheets the page cannot write back faithfully, so XLSX stays upload-only.
     */
    public static boolean isEditable(String path) {
        return of(path).isTable() && lower(path).endsWith(".csv");
    }

    /** Whether the file is a spreadsheet workbook, read as sheets rather than as text. */
    public static boolean isWorkbook(String path) {
        String name = lower(path);
        return name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    /** The media type the original bytes are downloaded as. */
    public static String mediaType(String path) {
        String name = lower(path);
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        return name.endsWith(".csv") ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8";
    }

    private static String lower(String path) {
        return path == null ? "" : path.toLowerCase(Locale.ROOT);
    }
}
