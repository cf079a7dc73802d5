package org.triagem.infrastructure.rules.safety;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.triagem.infrastructure.rules.CsvRecords;

/**
 * A decision table's cells as text, sheet by sheet, row by row as the spreadsheet numbers them (row 1
 * is the first), whether the file is CSV or Excel; the compiler's problems are placed with it too. Formula cells are listed apart: an uploaded table
 * holds values only, so what the check reads is what Drools reads.
 */
public record TableGrid(List<SheetCells> sheets) {

    /**
     * One sheet: its name as the workbook's tab shows it (blank for CSV), its rows of cell texts, and the
     * references of cells that hold a formula. Rows and columns count from 0 here.
     */
    public record SheetCells(String name, List<List<String>> rows, List<String> formulaCells) {

        public String cell(int row, int column) {
            if (row < 0 || row >= rows.size() || column >= rows.get(row).size()) {
                return "";
            }
            String value = rows.get(row).get(column);
            return value == null ? "" : value;
        }

        public int width(int row) {
            return row < rows.size() ? rows.get(row).size() : 0;
        }
    }

    public static TableGrid read(String path, byte[] content) {
        return path.endsWith(".csv") ? csv(content) : excel(content);
    }

    /** The spreadsheet's name for a cell, such as {@code E12}. */
    public static String reference(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    private static TableGrid csv(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        CsvRecords.parse(new String(content, StandardCharsets.UTF_8)).forEach(r -> rows.add(r.fields()));
        return new TableGrid(List.of(new SheetCells("", rows, List.of())));
    }

    private static TableGrid excel(byte[] content) {
        DataFormatter format = new DataFormatter();
        List<SheetCells> sheets = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                List<String> formulas = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            formulas.add(reference(r, c));
                        }
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                sheets.add(new SheetCells(sheet.getSheetName(), rows, formulas));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TableGrid(sheets);
    }
}
