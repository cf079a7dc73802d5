package org.triagem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.triagem.infrastructure.rules.RuleSetFiles;

/**
 * A rules tree in a temporary directory: the real classification, priority and sla folders copied from
 * {@code rules/}, and an ownership folder holding a generated {@code *.drl.csv} table in the same shape
 * as the real one. Read back with {@link RuleSetFiles#readFrom}, as the server reads its directory.
 */
public final class GeneratedRuleTree {

    private static final List<String> REAL_FOLDERS = List.of("classification", "priority", "sla");

    private GeneratedRuleTree() {
    }

    /** Which stages the generated tree holds. */
    public enum Scope {
        /** The real classification, priority and sla folders beside the generated ownership table. */
        FULL_DECISION,
        /** The generated ownership table alone: the same work as the sequential baseline, nothing more. */
        TABLE_ONLY
    }

    public static RuleSetFiles write(KeywordTable table, KeywordCondition condition) {
        return write(table, condition, Scope.FULL_DECISION);
    }

    public static RuleSetFiles write(KeywordTable table, KeywordCondition condition, Scope scope) {
        return write(table, condition, scope, "java");
    }

    /**
     * @param dialect the table's {@code Dialect}: {@code java} (Drools' default) compiles every row's action
     *     into a class, {@code mvel} interprets it
     */
    public static RuleSetFiles write(KeywordTable table, KeywordCondition condition, Scope scope, String dialect) {
        Path root = null;
        try {
            root = Files.createTempDirectory("triagem-bench-rules");
            for (String folder : scope == Scope.FULL_DECISION ? REAL_FOLDERS : List.<String>of()) {
                copyFolder(realRulesDir().resolve(folder), root.resolve(folder));
            }
            Path ownership = Files.createDirectories(root.resolve("ownership"));
            Files.writeString(ownership.resolve("ownership.drl.csv"), ownershipCsv(table, condition, dialect),
                    StandardCharsets.UTF_8);
            if (!condition.supportingDrl().isEmpty()) {
                Files.writeString(ownership.resolve("words.drl"), condition.supportingDrl(), StandardCharsets.UTF_8);
            }
            return RuleSetFiles.readFrom(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(root);
        }
    }

    /** The same header as {@code rules/ownership/ownership.drl.csv}, one keyword per row, then the fallback. */
    static String ownershipCsv(KeywordTable table, KeywordCondition condition, String dialect) {
        StringBuilder csv = new StringBuilder()
                .append("RuleSet,ownership\n")
                .append("Import,\"org.triagem.domain.model.routing.Complaint, org.triagem.domain.model.routing.Decision, ")
                .append("org.triagem.domain.model.routing.Mention, org.triagem.bench.TokenisedComplaint, org.triagem.bench.MentionedWord\"\n")
                .append("Variables,org.triagem.domain.model.routing.Decision decision\n")
                .append("Sequential,true\n")
                .append("Dialect,").append(dialect).append('\n')
                .append("ACTIVATION-GROUP,ownership\n")
                .append(",\n")
                .append("RuleTable Ownership,,\n")
                .append("NAME,CONDITION,ACTION\n")
                .append(',').append(condition.objectType()).append(",\n")
                .append(",\"").append(condition.constraint().replace("\"", "\"\"")).append("\",")
                .append("\"decision.assignTo(\"\"$param\"\");\"\n")
                .append("Rule (first match wins),The complaint mentions,The owning department is\n");
        for (KeywordTable.Row row : table.rows()) {
            csv.append("Complaints that mention ").append(row.keyword()).append(" go to ").append(row.department())
                    .append(',').append(row.keyword()).append(',').append(row.department()).append('\n');
        }
        return csv.append("Complaints nobody else claimed go to ").append(KeywordTable.FALLBACK)
                .append(",,").append(KeywordTable.FALLBACK).append('\n').toString();
    }

    static Path realRulesDir() {
        return Path.of(System.getProperty("triagem.rules.dir", "rules"));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void deleteQuietly(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp directory is harmless; it must not fail the benchmark.
        }
    }
}
