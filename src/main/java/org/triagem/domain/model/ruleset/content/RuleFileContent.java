package org.triagem.domain.model.ruleset.content;

import java.util.Objects;
import java.util.Optional;

/**
 * One file of a version, read: its original bytes, and either its table model (decision tables and
 * scenario files) or its text (DRL and anything else).
 */
public record RuleFileContent(String path, byte[] bytes, TableModel table, String text) {

    public RuleFileContent {
        Objects.requireNonNull(path);
        Objects.requireNonNull(bytes);
        if ((table == null) == (text == null)) {
            throw new IllegalArgumentException(path + ": a file is read either as a table or as text");
        }
    }

    public static RuleFileContent table(String path, byte[] bytes, TableModel table) {
        return new RuleFileContent(path, bytes, Objects.requireNonNull(table), null);
    }

    public static RuleFileContent text(String path, byte[] bytes, String text) {
        return new RuleFileContent(path, bytes, null, Objects.requireNonNull(text));
    }

    public RuleFileKind kind() {
        return RuleFileKind.of(path);
    }

    public boolean editable() {
        return RuleFileKind.isEditable(path);
    }

    public Optional<TableModel> tableModel() {
        return Optional.ofNullable(table);
    }

    public Optional<String> textContent() {
        return Optional.ofNullable(text);
    }

    /** Whether the bytes are the same: a file unchanged between versions is not compared further. */
    boolean sameBytes(RuleFileContent other) {
        return java.util.Arrays.equals(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleFileContent f && f.path.equals(path) && sameBytes(f);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path + " (" + bytes.length + " bytes)";
    }
}
