package org.triagem.infrastructure.rules.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triagem.infrastructure.rules.CsvRecords;

/**
 * The vetted condition and action templates a decision table may use ({@code rules/catalogue/templates.csv}):
 * for each, the column (CONDITION or ACTION), the fact named in the row above the code, the code with
 * {@code $param} (or {@code $1, $2 ...}), and the kind of value its cells hold. It lives in the deployed
 * rules directory, reviewed like code; it is a plain {@code .csv}, so the compiler never reads it as rules
 * and it is no part of a version's checksum, and an uploaded zip cannot bring its own (the archive keeps
 * only rule and scenario files).
 */
final class TemplateCatalogue {

    /** One vetted template. */
    record Template(String column, String fact, String code, CellKind cells) {
    }

    private final List<Template> templates;

    private TemplateCatalogue(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The catalogue in the file; an empty one, which accepts no table, when the file is missing. */
    static TemplateCatalogue readFrom(Path file) {
        if (!Files.isRegularFile(file)) {
            return new TemplateCatalogue(List.of());
        }
        try {
            List<CsvRecords.CsvRecord> records = CsvRecords.parse(Files.readString(file));
            List<Template> templates = new ArrayList<>();
            for (CsvRecords.CsvRecord r : records.subList(Math.min(1, records.size()), records.size())) {
                if (!r.isBlank()) {
                    templates.add(new Template(normal(r.fields().get(0)), normal(r.fields().get(1)),
                            normal(r.fields().get(2)), CellKind.named(r.fields().get(3))));
                }
            }
            return new TemplateCatalogue(templates);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template catalogue " + file, e);
        }
    }

    boolean isEmpty() {
        return templates.isEmpty();
    }

    /** The template a table column uses, compared with runs of white space made one space. */
    Optional<Template> find(String column, String fact, String code) {
        String c = normal(column);
        String f = normal(fact);
        String k = normal(code);
        return templates.stream().filter(t -> t.column().equals(c) && t.fact().equals(f) && t.code().equals(k))
                .findFirst();
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
