package org.triagem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plain scan of the Java sources, for the layer tests: which lines of a layer name another layer's
 * package, in an import, a fully qualified name or a Javadoc link. It needs no library and reads like
 * the rule it checks.
 */
public final class SourceScan {

    private SourceScan() {
    }

    /** Every line of a source file under {@code root} that names {@code packageName}, as file:line: text. */
    public static List<String> mentionsOf(String packageName, Path root) {
        List<String> mentions = new ArrayList<>();
        for (Path file : javaFilesUnder(root)) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(packageName)) {
                    mentions.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
        }
        return mentions;
    }

    public static List<Path> javaFilesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
