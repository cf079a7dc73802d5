package org.triagem.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips of the real rules tree with some files replaced or added, as an analyst would upload. */
final class RuleTreeZips {

    private RuleTreeZips() {
    }

    static Path rulesDir() {
        return Path.of(System.getProperty("triagem.rules.dir", "rules"));
    }

    /** The rules tree with {@code changes} (path → new content) applied, written to a temp file. */
    static Path withChanges(Map<String, String> changes) {
        try {
            Path zip = Files.createTempFile("rules-", ".zip");
            Path root = rulesDir();
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                    Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    out.putNextEntry(new ZipEntry(name));
                    out.write(changes.containsKey(name) ? changes.get(name).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : Files.readAllBytes(file));
                    out.closeEntry();
                }
                for (Map.Entry<String, String> added : changes.entrySet()) {
                    if (!Files.exists(root.resolve(added.getKey()))) {
                        out.putNextEntry(new ZipEntry(added.getKey()));
                        out.write(added.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        out.closeEntry();
                    }
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String path) {
        try {
            return Files.readString(rulesDir().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
