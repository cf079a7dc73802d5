package org.triagem.infrastructure.rules.wording;

import org.apache.poi.ss.util.CellReference;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.safety.TableGrid;

/**
 * Where a problem is, as the analyst finds it: a cell of a table (file, sheet, row and column letter as the
 * spreadsheet shows them, and which condition or action the column is), a row of a table, a line and
 * character column of a DRL file, or just the file. It opens the problem's sentence
 * ("A célula D7 (linha 7, coluna D) da planilha "Tabela", condição "Canal": ...").
 */
public record ProblemPlace(String file, String sheet, int line, String column, String lead, boolean template) {

    /** A cell of a rule table; {@code row} and {@code column} count from 0, as in {@link TableGrid}. */
    public static ProblemPlace cell(String file, TableLayout.RuleTable table, int row, int column) {
        return cell(file, table.sheet(), row, column, words(table, row, column), isTemplate(table, row, column));
    }

    /** A cell known without its table (a formula, a column kind); {@code row}, {@code column} from 0. */
    public static ProblemPlace cell(String file, TableGrid.SheetCells sheet, int row, int column) {
        return cell(file, sheet, row, column, "", false);
    }

    private static ProblemPlace cell(String file, TableGrid.SheetCells sheet, int row, int column, String words,
            boolean template) {
        AnalystTexts texts = AnalystTexts.portuguese();
        String letter = CellReference.convertNumToColString(column);
        String reference = TableGrid.reference(row, column);
        String place = sheet.name().isEmpty() ? texts.text("place.csv", reference, row + 1, letter)
                : texts.text("place.sheet", reference, row + 1, letter, sheet.name());
        return new ProblemPlace(file, sheet.name(), row + 1, letter, place + (words.isEmpty() ? "" : ", " + words),
                template);
    }

    /** A whole row of a table (1 is the first), when no one cell is to blame. */
    public static ProblemPlace row(String file, String sheet, int row) {
        AnalystTexts texts = AnalystTexts.portuguese();
        return new ProblemPlace(file, sheet, row, "", sheet.isEmpty() ? texts.text("place.row.csv", row)
                : texts.text("place.row.sheet", row, sheet), false);
    }

    /** A place in a DRL file: its own line and character column (both from 1; column 0 when unknown). */
    public static ProblemPlace drl(String file, int line, int column, String ruleName) {
        AnalystTexts texts = AnalystTexts.portuguese();
        String place = line <= 0 ? texts.text("place.file")
                : column > 0 ? texts.text("place.drl", line, column) : texts.text("place.drl.line", line);
        String rule = ruleName == null || ruleName.isBlank() ? "" : " " + texts.text("in.rule", ruleName);
        return new ProblemPlace(file, "", Math.max(line, 0), column > 0 ? String.valueOf(column) : "", place + rule,
                false);
    }

    /** The problem at this place: the sentence says where, then {@code what}; the detail is for an expert. */
    public RuleProblem problem(String what, String detail) {
        return new RuleProblem(file, sheet, line, column, lead + ": " + what, detail);
    }

    private static boolean isTemplate(TableLayout.RuleTable table, int row, int column) {
        return row == table.codeRow()
                && table.column(column).map(c -> c.isCondition() || c.isAction()).orElse(false);
    }

    /** "condição "Canal"", or for the template row "o modelo da condição "Canal"". */
    private static String words(TableLayout.RuleTable table, int row, int column) {
        AnalystTexts texts = AnalystTexts.portuguese();
        return table.column(column).map(c -> {
            String header = c.header().isEmpty() ? c.code() : c.header();
            boolean template = row == table.codeRow();
            if (c.isCondition()) {
                return texts.text(template ? "column.template.condition" : "column.condition", header);
            }
            if (c.isAction()) {
                return texts.text(template ? "column.template.action" : "column.action", header);
            }
            return header.isEmpty() ? "" : texts.text("column.other", header);
        }).orElse("");
    }
}
