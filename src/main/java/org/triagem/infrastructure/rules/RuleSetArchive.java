package org.triagem.infrastructure.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.triagem.domain.model.routing.DecisionStage;
import org.triagem.domain.model.ruleset.BadRuleSetArchiveException;
import org.triagem.domain.model.ruleset.ScenarioRemoval;

/**
 * A whole rules tree as stored with a version: the rule files and the scenario files it is tested
 * with, by path relative to the tree's root. Travels as a zip, both in {@code POST /api/rulesets} and in
 * the database. Only the rule files make the checksum: editing a scenario does not change the rules.
 */
public final class RuleSetArchive {

    /** Far above a real rules tree, far below what would exhaust the heap on a zip bomb. */
    static final int MAX_ENTRIES = 2000;
    static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

    private final Map<String, byte[]> files;

    RuleSetArchive(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Reads the rule and scenario files of a rules directory. */
    public static RuleSetArchive readFrom(Path root) {
        Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFrom(root).files());
        Path scenarios = root.resolve(ScenarioRunner.SCENARIO_FOLDER);
        if (Files.isDirectory(scenarios)) {
            try (Stream<Path> list = Files.list(scenarios)) {
                for (Path p : (Iterable<Path>) list.filter(Files::isRegularFile)::iterator) {
                    String path = ScenarioRunner.SCENARIO_FOLDER + "/" + p.getFileName();
                    if (isScenarioFile(path)) {
                        files.put(path, Files.readAllBytes(p));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read scenarios from " + scenarios, e);
            }
        }
        return new RuleSetArchive(files);
    }

    /**
     * Reads a zip of a rules tree. Its entries may sit under one top folder (a zipped {@code rules/}
     * directory); files that are neither rules nor scenarios are left out.
     *
     * @throws BadRuleSetArchiveException if it is not a zip, holds no rule file, or has unsafe paths
     */
    public static RuleSetArchive fromZip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip == null ? new byte[0] : zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new BadRuleSetArchiveException("the zip has more than " + MAX_ENTRIES + " files");
                }
                byte[] content = readCapped(in, MAX_TOTAL_BYTES - total);
                total += content.length;
                entries.put(safePath(e.getName()), content);
            }
        } catch (ZipException e) {
            throw new BadRuleSetArchiveException("not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> tree = new TreeMap<>();
        String prefix = commonTopFolder(entries);
        entries.forEach((path, content) -> {
            String relative = path.substring(prefix.length());
            if (RuleSetFiles.isRuleFile(relative) || isScenarioFile(relative)) {
                tree.put(relative, content);
            }
        });
        RuleSetArchive archive = new RuleSetArchive(tree);
        if (archive.rules().files().isEmpty()) {
            throw new BadRuleSetArchiveException(
                    "the zip holds no rule file (*.drl, *.drl.csv, *.drl.xlsx, *.drl.xls)");
        }
        return archive;
    }

    /** The same tree, zipped in path order with fixed times, so equal trees give equal bytes. */
    public byte[] toZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry entry = new ZipEntry(f.getKey());
                entry.setTime(0);
                out.putNextEntry(entry);
                out.write(f.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * This tree with some files replaced or added. A replacement named by its file name alone
     * ({@code ownership.drl.csv}) replaces the one file of that name in the tree, wherever it is; a name
     * with a folder ({@code ownership/vip.drl}) replaces or adds exactly that path.
     *
     * @throws BadRuleSetArchiveException when a bare name matches no file or several, or a path is unsafe
     */
    public RuleSetArchive withReplaced(Map<String, byte[]> replacements) {
        if (replacements.isEmpty()) {
            throw new BadRuleSetArchiveException("no file to replace");
        }
        Map<String, byte[]> merged = new TreeMap<>(files);
        replacements.forEach((name, content) -> {
            String path = name.contains("/") ? safePath(name) : namesake(name);
            if (!RuleSetFiles.isRuleFile(path) && !isScenarioFile(path)) {
                throw new BadRuleSetArchiveException(path + " is neither a rule file (*.drl, *.drl.csv, *.drl.xlsx)"
                        + " in a decision folder nor a scenarios/*.csv file");
            }
            merged.put(path, content);
        });
        return new RuleSetArchive(merged);
    }

    private String namesake(String fileName) {
        String name = safePath(fileName);
        List<String> matches = files.keySet().stream()
                .filter(path -> path.equals(name) || path.endsWith("/" + name)).toList();
        if (matches.size() != 1) {
            throw new BadRuleSetArchiveException(matches.isEmpty()
                    ? "no file named " + name + " in the base version; name a new file with its folder,"
                            + " such as ownership/" + name
                    : name + " is ambiguous (" + String.join(", ", matches) + "); name it with its folder");
        }
        return matches.get(0);
    }

    /**
     * This tree tested with the server's scenarios as well as its own ({@link ScenarioUnion}): the
     * server's rows it does not have are put back, unless {@code removal} names them.
     */
    public Gated withServerScenarios(RuleSetArchive server, ScenarioRemoval removal) {
        ScenarioUnion.Result union = ScenarioUnion.of(server.scenarios(), scenarios(), removal);
        Map<String, byte[]> merged = new TreeMap<>();
        files.forEach((path, content) -> {
            if (!isScenarioFile(path)) {
                merged.put(path, content);
            }
        });
        union.scenarios().forEach((path, text) -> merged.put(path, proposedBytes(path, text)));
        return new Gated(new RuleSetArchive(merged), union.removed());
    }

    /** The file as it came when the union left its text alone, so an unchanged file keeps its bytes. */
    private byte[] proposedBytes(String path, String text) {
        byte[] own = files.get(path);
        return own != null && new String(own, StandardCharsets.UTF_8).equals(text) ? own
                : text.getBytes(StandardCharsets.UTF_8);
    }

    /** A tree with the server's scenarios joined in, and the server's scenarios it runs without. */
    public record Gated(RuleSetArchive tree, List<String> removed) {
    }

    /** The rule files alone, which the compiler reads and the checksum covers. */
    public RuleSetFiles rules() {
        Map<String, byte[]> rules = new TreeMap<>();
        files.forEach((path, content) -> {
            if (RuleSetFiles.isRuleFile(path)) {
                rules.put(path, content);
            }
        });
        return new RuleSetFiles(rules);
    }

    /** Scenario file text by path ({@code scenarios/intake.csv}). */
    public Map<String, String> scenarios() {
        Map<String, String> scenarios = new TreeMap<>();
        files.forEach((path, content) -> {
            if (isScenarioFile(path)) {
                scenarios.put(path, new String(content, StandardCharsets.UTF_8));
            }
        });
        return scenarios;
    }

    public Map<String, byte[]> files() {
        return files;
    }

    static boolean isScenarioFile(String path) {
        String prefix = ScenarioRunner.SCENARIO_FOLDER + "/";
        String name = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        return !name.isEmpty() && !name.contains("/") && !name.startsWith(".")
                && name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    private static String safePath(String name) {
        String path = name.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.startsWith("/") || path.contains(":") || ("/" + path + "/").contains("/../")) {
            throw new BadRuleSetArchiveException("unsafe path in the zip: " + name);
        }
        return path;
    }

    /** "rules/" when every entry sits under that one folder and it is not itself a decision folder. */
    private static String commonTopFolder(Map<String, byte[]> entries) {
        String first = entries.keySet().stream().findFirst().orElse("");
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String top = first.substring(0, slash + 1);
        boolean known = top.equals(ScenarioRunner.SCENARIO_FOLDER + "/") || Stream.of(DecisionStage.values())
                .anyMatch(s -> top.equals(s.folder() + "/"));
        return !known && entries.keySet().stream().allMatch(p -> p.startsWith(top)) ? top : "";
    }

    private static byte[] readCapped(InputStream in, long budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read += n;
            if (read > budget) {
                throw new BadRuleSetArchiveException("the zip unpacks to more than " + MAX_TOTAL_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
