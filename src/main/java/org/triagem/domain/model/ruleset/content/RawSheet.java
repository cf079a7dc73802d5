package org.triagem.domain.model.ruleset.content;

import java.util.List;
import java.util.Objects;

/**
 * One sheet's cells as text, as read from a CSV file or a workbook, before anyone says what the rows
 * mean. A CSV file is one sheet with no name.
 *
 * @param name the sheet's name in the workbook, or empty for a CSV file
 */
public record RawSheet(String name, List<List<String>> rows) {

    public RawSheet {
        name = name == null ? "" : name;
        rows = rows.stream().map(r -> r.stream().map(c -> Objects.requireNonNullElse(c, "")).toList()).toList();
    }
}
