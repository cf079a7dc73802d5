package org.triagem.application;

import java.util.List;
import java.util.Map;
import org.triagem.domain.model.ruleset.content.RawSheet;

/** Port: opens a stored version's zip and reads a table file's cells, CSV or spreadsheet. */
public interface RuleFileReader {

    /** The files of a stored version's zip, by path, in path order. */
    Map<String, byte[]> unzip(byte[] zip);

    /**
     * The cells of a table file, sheet by sheet (a CSV file is one sheet).
     *
     * @throws IllegalArgumentException when the file cannot be read as a table
     */
    List<RawSheet> sheets(String path, byte[] content);
}
