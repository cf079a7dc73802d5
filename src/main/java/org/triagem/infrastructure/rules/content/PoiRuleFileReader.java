package org.triagem.infrastructure.rules.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.triagem.application.RuleFileReader;
import org.triagem.domain.model.ruleset.content.RawSheet;
import org.triagem.domain.model.ruleset.content.RuleFileKind;
import org.triagem.infrastructure.rules.CsvRecords;
import org.triagem.infrastructure.rules.RuleSetArchive;

/** Opens stored zips with the same reader the rules compiler uses, and tables as Drools reads them. */
@ApplicationScoped
public class PoiRuleFileReader implements RuleFileReader {

    @Override
    public Map<String, byte[]> unzip(byte[] zip) {
        return RuleSetArchive.fromZip(zip).files();
    }

    @Override
    public List<RawSheet> sheets(String path, byte[] content) {
        if (!RuleFileKind.isWorkbook(path)) {
            List<List<String>> rows = new ArrayList<>();
            CsvRecords.parse(new String(content, StandardCharsets.UTF_8)).forEach(r -> rows.add(r.fields()));
            return List.of(new RawSheet("", rows));
        }
        // Cells as the spreadsheet shows them (numbers and dates formatted), which is what the analyst typed.
        DataFormatter format = new DataFormatter();
        List<RawSheet> sheets = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                sheets.add(new RawSheet(sheet.getSheetName(), rows));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(path + " is not a readable spreadsheet: " + e.getMessage(), e);
        }
        return sheets;
    }
}
