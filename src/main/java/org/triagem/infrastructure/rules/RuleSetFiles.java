package org.triagem.infrastructure.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one rules tree, by path relative to its root ({@code ownership/ownership.drl.csv}), and
 * the checksum that identifies the tree as a whole. Only rule files count: scenarios, documentation
 * and editor leftovers do not change the rule-set version.
 */
public final class RuleSetFiles {

    private final Map<String, byte[]> files;
    private final String checksum;

    public RuleSetFiles(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.checksum = computeChecksum(this.files);
    }

    /** Reads every rule file under the directory. */
    public static RuleSetFiles readFrom(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("rules directory not found: " + root.toAbsolutePath());
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (isRuleFile(relative)) {
                    files.put(relative, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from " + root, e);
        }
        return new RuleSetFiles(files);
    }

    /** Whether the path names a rule file (a DRL or a decision table), rather than a scenario or a note. */
    public static boolean isRuleFile(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return !name.startsWith(".") && !name.startsWith("~$")
                && (name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx")
                        || name.endsWith(".drl.xls"));
    }

    private static String computeChecksum(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public Map<String, byte[]> files() {
        return files;
    }

    /** SHA-256 over the sorted paths and contents. */
    public String checksum() {
        return checksum;
    }

    /** The version label cases record: {@code sha256:} and the first 16 hex digits of the checksum. */
    public String versionLabel() {
        return "sha256:" + checksum.substring(0, 16);
    }
}
