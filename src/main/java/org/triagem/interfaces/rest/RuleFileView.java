package org.triagem.interfaces.rest;

import org.triagem.domain.model.ruleset.content.RuleFileContent;
import org.triagem.domain.model.ruleset.content.RuleFileKind;
import org.triagem.domain.model.ruleset.content.TableModel;

/**
 * One file of a version as the API shows it: {@code table} for decision tables and scenario files (its
 * sheets, rows and what each row and column is), {@code text} for DRL; only the detail carries either.
 * {@code editable} says whether the page may change it in place (CSV tables; XLSX is upload-only).
 */
public record RuleFileView(String path, RuleFileKind kind, boolean editable, int size, String mediaType,
        TableModel table, String text) {

    static RuleFileView summary(String path, byte[] bytes) {
        return new RuleFileView(path, RuleFileKind.of(path), RuleFileKind.isEditable(path), bytes.length,
                RuleFileKind.mediaType(path), null, null);
    }

    static RuleFileView detail(RuleFileContent f) {
        return new RuleFileView(f.path(), f.kind(), f.editable(), f.bytes().length,
                RuleFileKind.mediaType(f.path()), f.tableModel().orElse(null), f.textContent().orElse(null));
    }
}
