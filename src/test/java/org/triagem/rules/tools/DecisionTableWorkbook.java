package org.triagem.rules.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.triagem.infrastructure.rules.CsvRecords;

/**
 * Writes a decision table laid out as CSV into an XLSX workbook that analysts open in Excel or
 * LibreOffice. Used to create {@code rules/classification/categories.drl.xlsx} from
 * {@code src/test/resources/org/triagem/rules/tools/categories.sheet.csv}; once committed, the workbook
 * is what analysts edit, and this tool only re-creates it if it is lost.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:<test classpath>
 * org.triagem.rules.tools.DecisionTableWorkbook <layout.csv> <target.drl.xlsx>}
 */
public final class DecisionTableWorkbook {

    /** Cells Drools reads as keywords; they are set in bold so the layout is easy to see. */
    private static final Set<String> KEYWORDS = Set.of("RuleSet", "Import", "Variables", "Sequential",
            "ACTIVATION-GROUP", "NAME", "CONDITION", "ACTION");

    private DecisionTableWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[1].endsWith(".drl.xlsx")) {
            throw new IllegalArgumentException("usage: DecisionTableWorkbook <layout.csv> <target.drl.xlsx>");
        }
        write(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), Path.of(args[1]));
    }

    /** Writes the CSV layout, cell for cell, into the first sheet of a new workbook. */
    public static void write(String csvLayout, Path target) throws IOException {
        List<CsvRecords.CsvRecord> records = CsvRecords.parse(csvLayout);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = workbook.createSheet("Tables");
            CellStyle keyword = keywordStyle(workbook);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            int widest = 0;
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> fields = records.get(r).fields();
                widest = Math.max(widest, fields.size());
                for (int c = 0; c < fields.size(); c++) {
                    String value = fields.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    cell.setCellValue(value);
                    cell.setCellStyle(isKeyword(value) ? keyword : wrapped);
                }
            }
            sizeColumns(sheet, widest);
            workbook.write(out);
        }
    }

    private static boolean isKeyword(String value) {
        return KEYWORDS.contains(value) || value.startsWith("RuleTable ");
    }

    private static CellStyle keywordStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static void sizeColumns(Sheet sheet, int columns) {
        // Rule names and keyword lists are long: wide, wrapped columns keep rows readable.
        sheet.setColumnWidth(0, 60 * 256);
        for (int c = 1; c < columns; c++) {
            sheet.setColumnWidth(c, 40 * 256);
        }
    }
}
