package org.triagem.infrastructure.rules;

/**
 * One reason a rules tree cannot become a version, placed where the analyst wrote it: the file, and for a
 * decision table the sheet (blank for CSV), the row as the spreadsheet numbers it and the column letter;
 * for DRL the file's own line and character column. {@code message} is the analyst's sentence (pt-BR);
 * {@code detail} is what the engine said, for an expert, or blank.
 */
public record RuleProblem(String file, String sheet, int line, String column, String message, String detail) {

    public RuleProblem {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        detail = detail == null ? "" : detail;
    }

    /** A problem known only by file and line (or table row). */
    public RuleProblem(String file, int line, String message) {
        this(file, "", line, "", message, "");
    }

    @Override
    public String toString() {
        return file + (sheet.isEmpty() ? "" : "[" + sheet + "]") + (line > 0 ? ":" + line : "")
                + (column.isEmpty() ? "" : ":" + column) + ": " + message;
    }
}
